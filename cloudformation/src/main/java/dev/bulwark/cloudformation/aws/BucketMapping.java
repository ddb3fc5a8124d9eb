package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::S3::Bucket}: access logging is on when {@code LoggingConfiguration} is present (without a destination,
 * logs go to the bucket itself); default encryption when {@code BucketEncryption} is; the public access block when
 * all four settings of {@code PublicAccessBlockConfiguration} are true (unknown without it: the account's settings
 * and S3's defaults for new buckets decide, as in Terraform). {@code AccessControl} names a canned ACL
 * ({@code LogDeliveryWrite} is {@code log-delivery-write}); a public one admits everyone unless the configuration
 * blocks public ACLs ({@link #blocked}).
 */
final class BucketMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::S3::Bucket");
  }

  @Override
  public List<CloudModel> map(Resource bucket, Stack stack) {
    Located<String> acl = acl(bucket);
    return List.of(new StorageBucket(bucket, Presence.of(bucket.attributes(), "LoggingConfiguration", bucket.range()),
        Presence.of(bucket.attributes(), "BucketEncryption", bucket.range()), acl, customerKey(bucket)),
        DatasetAccess.ofSetting(bucket, acl, DatasetAccess.S3_PUBLIC_ACLS)
            .unless(blocked(bucket, "BlockPublicAcls", "IgnorePublicAcls")));
  }

  /**
   * Whether one of {@code settings} of the bucket's {@code PublicAccessBlockConfiguration} is true, which blocks a
   * public ACL ({@code BlockPublicAcls}, {@code IgnorePublicAcls}) or policy ({@code BlockPublicPolicy},
   * {@code RestrictPublicBuckets}). A bucket that leaves the configuration out is read as not blocked: the template
   * asks for public access, which S3's default block for new buckets would refuse, so wherever it deploys the bucket
   * is public.
   */
  static Fact blocked(Resource bucket, String... settings) {
    Optional<MapEntry> entry = bucket.attribute("PublicAccessBlockConfiguration");
    if (entry.isEmpty()) {
      return Fact.byDefault(false, "PublicAccessBlockConfiguration", bucket.range());
    }
    Optional<MapValue> configuration = entry.get().value().asMap();
    if (configuration.isEmpty()) {
      return Fact.unknown("PublicAccessBlockConfiguration", entry.get().range(), entry.get().value().origin());
    }
    return Fact.any(Arrays.stream(settings)
        .map(key -> Fact.of(configuration.get(), key, false, entry.get().range())).toList());
  }

  /**
   * Whether the first default encryption rule uses SSE-KMS ({@code aws:kms}, {@code aws:kms:dsse}) with a
   * customer-managed {@code KMSMasterKeyID}; without {@code BucketEncryption}, objects get SSE-S3 (false).
   */
  private static Fact customerKey(Resource bucket) {
    Optional<MapEntry> encryption = bucket.attribute("BucketEncryption");
    if (encryption.isEmpty()) {
      return Fact.byDefault(false, "BucketEncryption", bucket.range());
    }
    Optional<MapEntry> rule = encryption.get().value().asMap()
        .flatMap(settings -> settings.get("ServerSideEncryptionConfiguration"))
        .flatMap(Value::asList).flatMap(rules -> rules.stream().findFirst())
        .flatMap(Value::asMap).flatMap(first -> first.entry("ServerSideEncryptionByDefault"));
    Optional<MapValue> byDefault = rule.flatMap(entry -> entry.value().asMap());
    if (byDefault.isEmpty()) {
      return Fact.unknown("BucketEncryption", encryption.get().range(), List.of());
    }
    Optional<MapEntry> algorithm = byDefault.get().entry("SSEAlgorithm");
    Optional<String> name = algorithm.flatMap(entry -> entry.value().asString());
    if (name.isEmpty()) {
      return Fact.unknown("SSEAlgorithm", algorithm.map(MapEntry::range).orElse(rule.get().range()), List.of());
    }
    return name.get().startsWith("aws:kms")
        ? KmsKeys.customerManaged(byDefault.get(), "KMSMasterKeyID", rule.get().range())
        : Fact.known(false, "SSEAlgorithm", algorithm.get().range(), algorithm.get().value().origin());
  }

  private static Located<String> acl(Resource bucket) {
    return bucket.attribute("AccessControl")
        .map(entry -> Located.of(entry.value(), "AccessControl", entry.range(),
            value -> value.asString().map(BucketMapping::cannedAcl)))
        .orElseGet(() -> Located.byDefault("private", "AccessControl", bucket.range()));
  }

  /** {@code LogDeliveryWrite} as S3's canned ACL name {@code log-delivery-write}. */
  private static String cannedAcl(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
