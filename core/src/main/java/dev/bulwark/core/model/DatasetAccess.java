package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Data shared by grants, and whether they give access to everyone: a BigQuery dataset or table, or a grant on one
 * ({@code allUsers}: anyone on the internet; {@code allAuthenticatedUsers}: anyone with a Google account), or an RDS
 * snapshot shared with {@code all} AWS accounts.
 *
 * @param grantsEveryone whether a grant names one of those members, located at it
 * @param member         the member named, when {@code grantsEveryone} is true; empty otherwise
 */
public record DatasetAccess(Resource resource, Fact grantsEveryone, String member) implements CloudModel {
  /** The Google Cloud members that stand for everyone. */
  public static final Set<String> GOOGLE_EVERYONE = Set.of("allUsers", "allAuthenticatedUsers");
  /** The AWS account list entry that stands for every account. */
  public static final Set<String> AWS_EVERYONE = Set.of("all");

  public DatasetAccess {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(grantsEveryone, "grantsEveryone");
    Objects.requireNonNull(member, "member");
  }

  /**
   * The access that {@code members} grant, each entry a member or a list of members: true at the first that is one
   * of {@code everyone} (at the member itself, in a list); else unknown at the first that is not known, or when {@code complete} is false (some grant
   * could not be read); else false by default at the resource's header.
   */
  public static DatasetAccess of(Resource resource, List<MapEntry> members, boolean complete, Set<String> everyone) {
    Optional<MapEntry> unknown = Optional.empty();
    for (MapEntry entry : members) {
      Optional<List<Value>> list = entry.value().asList();
      for (Value value : list.orElse(List.of(entry.value()))) {
        Optional<String> member = value.asString();
        if (member.filter(everyone::contains).isPresent()) {
          return new DatasetAccess(resource, Fact.known(true, entry.key(),
              list.isPresent() ? value.range() : entry.range(), value.origin()), member.get());
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
