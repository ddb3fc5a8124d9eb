package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Set;

/**
 * {@code google_storage_bucket}. Access logging is its {@code logging} block with a {@code log_bucket} (none by
 * default). Cloud Storage encrypts every object, so default encryption is always on; an {@code encryption} block's
 * {@code default_kms_key_name} makes the key the customer's. The bucket resource sets no ACL (unknown); who its
 * grants admit is read from its IAM and ACL resources ({@link GcsPublicAccessPrevention}).
 */
final class GcsBucketMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_storage_bucket");
  }

  @Override
  public List<CloudModel> map(Resource bucket, Module module) {
    return List.of(new StorageBucket(bucket, nested(bucket, "logging", "log_bucket"),
        Fact.byDefault(true, "encryption", bucket.range()), Located.unknown("acl", bucket.range(), List.of()), nested(bucket, "encryption", "default_kms_key_name")));
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
}
