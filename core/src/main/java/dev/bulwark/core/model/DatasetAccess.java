package dev.bulwark.core.model;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Data shared by grants, and whether they give access to everyone: a BigQuery dataset or table, a Cloud Storage
 * bucket, or a grant on one ({@code allUsers}: anyone on the internet; {@code allAuthenticatedUsers}: anyone with a
 * Google account), an RDS snapshot shared with {@code all} AWS accounts, an S3 bucket whose canned ACL or policy
 * admits everyone, or an Azure blob container open to anonymous readers.
 *
 * @param grantsEveryone whether a grant names one of those members, located at it
 * @param member         the member named, when {@code grantsEveryone} is true; empty otherwise
 */
public record DatasetAccess(Resource resource, Fact grantsEveryone, String member) implements CloudModel {
  /** The Google Cloud members that stand for everyone. */
  public static final Set<String> GOOGLE_EVERYONE = Set.of("allUsers", "allAuthenticatedUsers");
  /** The AWS account list entry that stands for every account. */
  public static final Set<String> AWS_EVERYONE = Set.of("all");
  /** The S3 canned ACLs that grant access to everyone on the internet, or to every AWS account. */
  public static final Set<String> S3_PUBLIC_ACLS = Set.of("public-read", "public-read-write", "authenticated-read");
  /** The S3 ACL grantee groups that stand for everyone on the internet, and for every AWS account. */
  public static final Set<String> S3_GROUPS = Set.of("http://acs.amazonaws.com/groups/global/AllUsers",
      "http://acs.amazonaws.com/groups/global/AuthenticatedUsers");

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

  /**
   * The access that a setting naming one grant (a canned ACL, a container's access level) gives: true at it when it
   * is one of {@code everyone}, false when it is another, unknown when it is not known.
   */
  public static DatasetAccess ofSetting(Resource resource, Located<String> setting, Set<String> everyone) {
    if (setting.value().isEmpty()) {
      return new DatasetAccess(resource, Fact.unknown(setting.attribute(), setting.range(), setting.origin()), "");
    }
    String value = setting.value().get();
    boolean open = everyone.contains(value);
    return new DatasetAccess(resource, new Fact(open ? Truth.TRUE : Truth.FALSE, setting.attribute(),
        setting.range(), setting.byDefault(), setting.origin(), setting.condition(), List.of()), open ? value : "");
  }

  /** The access that a resource policy gives: everyone when it admits anyone ({@link PolicyDocuments#admitsAnyone}). */
  public static DatasetAccess ofPolicy(Resource resource, MapEntry policy) {
    return admitting(resource, PolicyDocuments.admitsAnyone(policy));
  }

  /** The access that a resource policy gives, given whether it admits anyone (the principal {@code *}). */
  public static DatasetAccess admitting(Resource resource, Fact admitsAnyone) {
    return new DatasetAccess(resource, admitsAnyone, admitsAnyone.isTrue() ? "*" : "");
  }

  /**
   * This access, unless {@code blocked} holds (a public access block, a public access prevention): false at the
   * guard when it blocks, unknown when that is not known, else unchanged, with the guard as a related location when
   * it is written out (or what chose its default, such as a module release, when it is not).
   */
  public DatasetAccess unless(Fact blocked) {
    if (!grantsEveryone.isTrue()) {
      return this;
    }
    if (blocked.isTrue()) {
      return new DatasetAccess(resource, Fact.known(false, blocked.attribute(), blocked.range(), blocked.origin()),
          "");
    }
    if (blocked.isUnknown()) {
      return new DatasetAccess(resource,
          Fact.unknown(grantsEveryone.attribute(), grantsEveryone.range(), grantsEveryone.origin()), "");
    }
    List<RelatedLocation> origin = new ArrayList<>(grantsEveryone.origin());
    if (blocked.byDefault()) {
      origin.addAll(blocked.origin());
    } else {
      origin.add(new RelatedLocation(blocked.range(), "`" + blocked.attribute() + "` does not block it"));
    }
    return new DatasetAccess(resource, new Fact(Truth.TRUE, grantsEveryone.attribute(), grantsEveryone.range(),
        grantsEveryone.byDefault(), origin, grantsEveryone.condition(), List.of()), member);
  }
}
