package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import java.util.List;

/**
 * Whether the {@code google_storage_bucket} that a grant's {@code bucket} refers to refuses public grants: its
 * {@code public_access_prevention} is {@code enforced}, or, for an ACL, its {@code uniform_bucket_level_access} is
 * true (ACLs are then not used). Not blocked when the bucket is not in the unit or leaves both out
 * ({@code inherited}: only an organisation policy could prevent it).
 */
final class GcsPublicAccessPrevention {
  private GcsPublicAccessPrevention() {}

  static Fact blocks(Resource grant, Module module, boolean acl) {
    List<Resource> buckets = module.referredTo(grant, "bucket");
    if (buckets.isEmpty()) {
      return Fact.byDefault(false, "public_access_prevention", grant.range());
    }
    Resource bucket = buckets.get(0);
    Fact enforced = bucket.attribute("public_access_prevention")
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(),
            value -> value.asString().map("enforced"::equals)))
        .orElseGet(() -> Fact.byDefault(false, "public_access_prevention", bucket.range()));
    return acl ? Fact.any(List.of(enforced,
        Fact.of(bucket.attributes(), "uniform_bucket_level_access", false, bucket.range()))) : enforced;
  }
}
