package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google.cloud.gcp_storage_bucket}, unless {@code state} is {@code absent}. Access logging is its
 * {@code logging} with a {@code log_bucket} (none by default). Cloud Storage encrypts every object; an
 * {@code encryption} with a {@code default_kms_key_name} makes the key the customer's. The module cannot set public
 * access prevention, uniform bucket-level access or a canned bucket ACL: the bucket's are unknown, and nothing the
 * task sets blocks a grant to everyone. Such a grant is an item of {@code acl} or {@code default_object_acl} whose
 * {@code entity} is {@code allUsers} or {@code allAuthenticatedUsers} ({@link GrantLists}), or a
 * {@code predefined_default_object_acl} of {@code publicRead} or {@code authenticatedRead}.
 */
final class GcsBucketMapping implements ModuleMapping {
  /** The predefined object ACLs that grant to everyone, by the member they grant to. */
  private static final Map<String, String> PREDEFINED = Map.of("publicRead", "allUsers",
      "authenticatedRead", "allAuthenticatedUsers");

  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_storage_bucket");
  }

  @Override
  public List<CloudModel> map(Resource bucket, UnitResources unit) {
    if (Args.absent(bucket)) {
      return List.of();
    }
    List<CloudModel> models = new ArrayList<>(List.of(new StorageBucket(bucket, nested(bucket, "logging", "log_bucket"),
        Fact.byDefault(true, "encryption", bucket.range()), Located.unknown("acl", bucket.range(), List.of()), nested(bucket, "encryption", "default_kms_key_name")),
        GrantLists.access(bucket, List.of("acl", "default_object_acl"), List.of("entity"))));
    Args.entry(bucket.attributes(), "predefined_default_object_acl").ifPresent(predefined -> models.add(
        DatasetAccess.ofSetting(bucket, grantee(predefined), DatasetAccess.GOOGLE_EVERYONE)));
    return models;
  }

  /** The member a predefined object ACL grants to, when it grants to everyone; else the ACL's name. */
  private static Located<String> grantee(MapEntry predefined) {
    return Located.of(predefined.value(), predefined.key(), predefined.range(),
        value -> value.asString().map(name -> PREDEFINED.getOrDefault(name, name)));
  }

  /** Whether option {@code option} sets {@code name}: false without the option or the name. */
  private static Fact nested(Resource bucket, String option, String name) {
    Optional<MapEntry> entry = Args.entry(bucket.attributes(), option);
    if (entry.isEmpty()) {
      return Fact.byDefault(false, option, bucket.range());
    }
    Optional<MapValue> settings = entry.get().value().asMap();
    if (settings.isEmpty()) {
      return Fact.unknown(option, entry.get().range(), entry.get().value().origin());
    }
    return Args.entry(settings.get(), name)
        .map(value -> Fact.known(!value.value().asString().map(String::isBlank).orElse(false), name, value.range(),
            value.value().origin()))
        .orElseGet(() -> Fact.byDefault(false, name, entry.get().range()));
  }
}
