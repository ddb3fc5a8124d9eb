package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_s3_bucket}, with the resources of AWS provider v4+ that configure it from outside: an attached
 * {@code aws_s3_bucket_logging}, {@code aws_s3_bucket_server_side_encryption_configuration},
 * {@code aws_s3_bucket_public_access_block} or {@code aws_s3_bucket_acl} is one whose {@code bucket} refers to the
 * bucket or names it by the bucket's literal {@code bucket}. Defaults: no logging, no default encryption (an encryption
 * configuration counts only if a rule has {@code apply_server_side_encryption_by_default}), the public access block
 * unknown without one (the account may block public access), ACL {@code private}. The key is the customer's when the
 * first default encryption rule uses SSE-KMS with a {@code kms_master_key_id} that is not an AWS managed key's alias.
 * When an attached resource of the unit names an unknown bucket, a bucket without one is unknown rather than false.
 */
final class S3BucketMapping implements ModelMapping {
  static final String LOGGING = "aws_s3_bucket_logging";
  static final String ENCRYPTION = "aws_s3_bucket_server_side_encryption_configuration";

  @Override
  public Set<String> types() {
    return Set.of("aws_s3_bucket");
  }

  @Override
  public List<CloudModel> map(Resource bucket, Module module) {
    StorageBucket storage = new StorageBucket(bucket, logging(bucket, module), encryption(bucket, module),
        S3BucketAccess.acl(bucket, module), customerKey(bucket, module));
    List<CloudModel> models = new ArrayList<>(List.of(storage));
    models.addAll(S3BucketAccess.of(bucket, storage.acl(), module));
    return models;
  }

  private static Attachments attached(Module module, String type) {
    return module.attachments(type, "bucket", Set.of("aws_s3_bucket"), Optional.of("bucket"));
  }

  private static Fact logging(Resource bucket, Module module) {
    NestedBlocks inline = NestedBlocks.of(bucket.attributes(), "logging");
    if (!inline.isMissing()) {
      return inline.presence("logging");
    }
    Attachments logging = attached(module, LOGGING);
    List<Resource> attached = logging.to(bucket);
    if (!attached.isEmpty()) {
      return Fact.known(true, "logging", attached.get(0).range(), List.of());
    }
    return logging.ambiguous()
        ? Fact.unknown("logging", bucket.range(), List.of())
        : Fact.byDefault(false, "logging", bucket.range());
  }

  private static Fact encryption(Resource bucket, Module module) {
    String name = "server_side_encryption_configuration";
    NestedBlocks inline = NestedBlocks.of(bucket.attributes(), name);
    if (!inline.isMissing()) {
      return EncryptionRules.inline(inline, name);
    }
    Attachments encryption = attached(module, ENCRYPTION);
    List<Resource> attached = encryption.to(bucket);
    if (attached.isEmpty()) {
      return encryption.ambiguous()
          ? Fact.unknown(name, bucket.range(), List.of())
          : Fact.byDefault(false, name, bucket.range());
    }
    Fact best = null;
    for (Resource configuration : attached) {
      Fact fact = EncryptionRules.attached(configuration);
      if (fact.isTrue()) {
        return fact;
      }
      best = best == null || fact.isUnknown() ? fact : best;
    }
    return best;
  }

  private static Fact customerKey(Resource bucket, Module module) {
    String name = "server_side_encryption_configuration";
    NestedBlocks inline = NestedBlocks.of(bucket.attributes(), name);
    if (!inline.isMissing()) {
      Range at = inline.entry().orElseThrow().range();
      return inline.known().stream().findFirst()
          .map(configuration -> EncryptionRules.customerKey(NestedBlocks.of(configuration, "rule"), at))
          .orElseGet(() -> Fact.unknown(name, at, List.of()));
    }
    List<Resource> attached = attached(module, ENCRYPTION).to(bucket);
    return attached.isEmpty()
        ? Fact.byDefault(false, name, bucket.range())
        : EncryptionRules.customerKey(NestedBlocks.of(attached.get(0).attributes(), "rule"), attached.get(0).range());
  }

}
