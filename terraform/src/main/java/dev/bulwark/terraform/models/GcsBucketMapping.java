package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google_storage_bucket}. Access logging is its {@code logging} block with a {@code log_bucket} (none by
 * default). Cloud Storage encrypts every object, so default encryption is always on; an {@code encryption} block's
 * {@code default_kms_key_name} makes the key the customer's. Public access is prevented when
 * {@code public_access_prevention} is {@code enforced}; otherwise it depends on the organization policy (unknown).
 * The bucket resource sets no ACL (unknown).
 */
final class GcsBucketMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_storage_bucket");
  }

  @Override
  public List<CloudModel> map(Resource bucket, Module module) {
    return List.of(new StorageBucket(bucket, nested(bucket, "logging", "log_bucket"),
        Fact.byDefault(true, "encryption", bucket.range()), publicAccessPrevention(bucket),
        Located.unknown("acl", bucket.range(), List.of()), nested(bucket, "encryption", "default_kms_key_name")));
  }

  /**
   * Whether block {@code block} sets {@code attribute}: false without the block; unknown when the block lacks the
   * attribute, which the provider requires (the configuration is invalid).
   */
  private static Fact nested(Resource bucket, String block, String attribute) {
    NestedBlocks blocks = NestedBlocks.of(bucket.attributes(), block);
    if (blocks.isMissing()) {
      return Fact.byDefault(false, block, bucket.range());
    }
    List<MapValue> known = blocks.known();
    if (known.isEmpty()) {
      return blocks.presence(block);
    }
    MapValue settings = known.get(0);
    return settings.entry(attribute).filter(entry -> !(entry.value() instanceof NullValue))
        .map(entry -> entry.value().asString().map(value -> Fact.known(!value.isBlank(), attribute, entry.range(),
                entry.value().origin()))
            .orElseGet(() -> Fact.known(true, attribute, entry.range(), entry.value().origin())))
        .orElseGet(() -> Fact.unknown(attribute, settings.range(), List.of()));
  }

  private static Fact publicAccessPrevention(Resource bucket) {
    Optional<MapEntry> entry = bucket.attribute("public_access_prevention");
    boolean enforced = entry.flatMap(e -> e.value().asString()).map("enforced"::equals).orElse(false);
    return enforced
        ? Fact.known(true, "public_access_prevention", entry.get().range(), entry.get().value().origin())
        : Fact.unknown("public_access_prevention", entry.map(MapEntry::range).orElse(bucket.range()), List.of());
  }
}
