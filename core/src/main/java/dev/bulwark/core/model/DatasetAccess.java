package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A BigQuery dataset or table, or a grant on one, and whether it gives access to everyone: {@code allUsers} (anyone
 * on the internet) or {@code allAuthenticatedUsers} (anyone with a Google account).
 *
 * @param grantsEveryone whether a grant names one of those members, located at it
 * @param member         the member named, when {@code grantsEveryone} is true; empty otherwise
 */
public record DatasetAccess(Resource resource, Fact grantsEveryone, String member) implements CloudModel {
  /** The members that stand for everyone. */
  public static final Set<String> EVERYONE = Set.of("allUsers", "allAuthenticatedUsers");

  public DatasetAccess {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(grantsEveryone, "grantsEveryone");
    Objects.requireNonNull(member, "member");
  }

  /**
   * The access that {@code members} grant, each entry a member or a list of members: true at the first that is
   * everyone; else unknown at the first that is not known, or when {@code complete} is false (some grant could not
   * be read); else false by default at the resource's header.
   */
  public static DatasetAccess of(Resource resource, List<MapEntry> members, boolean complete) {
    Optional<MapEntry> unknown = Optional.empty();
    for (MapEntry entry : members) {
      List<Value> values = entry.value().asList().orElse(List.of(entry.value()));
      for (Value value : values) {
        Optional<String> member = value.asString();
        if (member.filter(EVERYONE::contains).isPresent()) {
          return new DatasetAccess(resource, Fact.known(true, entry.key(), entry.range(), value.origin()),
              member.get());
        }
        if (member.isEmpty() && unknown.isEmpty()) {
          unknown = Optional.of(entry);
        }
      }
    }
    if (unknown.isPresent()) {
      MapEntry entry = unknown.get();
      return new DatasetAccess(resource, Fact.unknown(entry.key(), entry.range(), entry.value().origin()), "");
    }
    return new DatasetAccess(resource, complete ? Fact.byDefault(false, "access", resource.range())
        : Fact.unknown("access", resource.range(), List.of()), "");
  }
}
