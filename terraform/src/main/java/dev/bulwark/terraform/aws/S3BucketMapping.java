package dev.bulwark.terraform.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_s3_bucket}. Access logging: an inline {@code logging} block, or an {@code aws_s3_bucket_logging}
 * whose {@code bucket} refers to this bucket (AWS provider v4+). Default encryption: an inline
 * {@code server_side_encryption_configuration}, or an {@code aws_s3_bucket_server_side_encryption_configuration}
 * whose {@code bucket} refers to it. Without either, the fact is false at the bucket's header.
 */
final class S3BucketMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_s3_bucket");
  }

  @Override
  public CloudModel map(Resource bucket, Module module) {
    return new StorageBucket(bucket,
        configured(bucket, module, "logging", "aws_s3_bucket_logging"),
        configured(bucket, module, "server_side_encryption_configuration",
            "aws_s3_bucket_server_side_encryption_configuration"),
        Fact.unknown("aws_s3_bucket_public_access_block", bucket.range(), List.of()),
        acl(bucket));
  }

  private static Located<String> acl(Resource bucket) {
    return bucket.attribute("acl")
        .map(entry -> entry.value().asString()
            .map(acl -> Located.known(acl, "acl", entry.range(), entry.value().origin()))
            .orElseGet(() -> Located.unknown("acl", entry.range(), entry.value().origin())))
        .orElseGet(() -> Located.byDefault("private", "acl", bucket.range()));
  }

  /** Whether the inline block {@code block} or an attached resource of type {@code attachedType} configures it. */
  private static Fact configured(Resource bucket, Module module, String block, String attachedType) {
    NestedBlocks inline = NestedBlocks.of(bucket.attributes(), block);
    if (!inline.isMissing()) {
      MapEntry entry = inline.entry().orElseThrow();
      if (!inline.known().isEmpty()) {
        return Fact.known(true, block, entry.range(), List.of());
      }
      return inline.hasUnknown()
          ? Fact.unknown(block, entry.range(), List.of())
          : Fact.known(false, block, entry.range(), List.of());
    }
    List<Resource> attached = module.graph().referrers(bucket, attachedType, "bucket");
    return attached.isEmpty()
        ? Fact.byDefault(false, block, bucket.range())
        : Fact.known(true, block, attached.get(0).range(), List.of());
  }
}
