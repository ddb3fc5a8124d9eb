package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ACLs of Cloud Storage buckets and their objects: the {@code entity} of {@code google_storage_bucket_access_control}
 * and {@code google_storage_default_object_access_control}, and the {@code predefined_acl} and {@code role_entity}
 * items ({@code READER:allUsers}) of {@code google_storage_bucket_acl} and {@code google_storage_default_object_acl},
 * read for {@code allUsers} and {@code allAuthenticatedUsers} unless the bucket prevents public access or uses
 * uniform bucket-level access ({@link GcsPublicAccessPrevention}).
 */
final class GcsAclMapping implements ModelMapping {
  /** The predefined ACLs that grant to everyone, by the member they grant to. */
  private static final Map<String, String> PREDEFINED = Map.of("publicRead", "allUsers",
      "publicReadWrite", "allUsers", "authenticatedRead", "allAuthenticatedUsers");

  @Override
  public Set<String> types() {
    return Set.of("google_storage_bucket_access_control", "google_storage_default_object_access_control",
        "google_storage_bucket_acl", "google_storage_default_object_acl");
  }

  @Override
  public List<CloudModel> map(Resource acl, Module module) {
    return List.of(access(acl).unless(GcsPublicAccessPrevention.blocks(acl, module, true)));
  }

  private static DatasetAccess access(Resource acl) {
    Optional<MapEntry> entity = acl.attribute("entity");
    if (entity.isPresent()) {
      return DatasetAccess.of(acl, List.of(entity.get()), true, DatasetAccess.GOOGLE_EVERYONE);
    }
    Optional<MapEntry> predefined = acl.attribute("predefined_acl");
    Optional<String> member = predefined.flatMap(entry -> entry.value().asString()).map(PREDEFINED::get);
    if (member.isPresent()) {
      MapEntry entry = predefined.get();
      return new DatasetAccess(acl, Fact.known(true, entry.key(), entry.range(), entry.value().origin()),
          member.get());
    }
    Optional<MapEntry> roles = acl.attribute("role_entity");
    if (roles.isEmpty() || !roles.get().value().isKnown()) {
      return predefined.filter(entry -> !entry.value().isKnown()).or(() -> roles)
          .map(entry -> new DatasetAccess(acl, Fact.unknown(entry.key(), entry.range(), entry.value().origin()), ""))
          .orElseGet(() -> new DatasetAccess(acl, Fact.byDefault(false, "role_entity", acl.range()), ""));
    }
    Optional<Value> unknown = Optional.empty();
    for (Value item : roles.get().value().asList().orElse(List.of())) {
      Optional<String> grantee = item.asString().map(text -> text.substring(text.indexOf(':') + 1));
      if (grantee.filter(DatasetAccess.GOOGLE_EVERYONE::contains).isPresent()) {
        return new DatasetAccess(acl, Fact.known(true, "role_entity", item.range(), item.origin()), grantee.get());
      }
      unknown = unknown.or(() -> grantee.isEmpty() ? Optional.of(item) : Optional.empty());
    }
    return new DatasetAccess(acl, unknown
        .map(item -> Fact.unknown("role_entity", item.range(), item.origin()))
        .orElseGet(() -> Fact.known(false, "role_entity", roles.get().range(), List.of())), "");
  }
}
