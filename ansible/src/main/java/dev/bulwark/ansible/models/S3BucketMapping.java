package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code amazon.aws.s3_bucket}. Access logging is the task's {@code logging.target_bucket}: on when it names a bucket,
 * off when it is empty, unknown when it is not known. Without {@code logging}, it is configured by a
 * {@code community.aws.s3_logging} task of the same unit naming the bucket (linked by {@link NameLink}); if some
 * logging task's bucket name, or this bucket's, is not known, logging is unknown. Default encryption is its
 * {@code encryption} ({@code none} turns it off), with a customer key for {@code aws:kms} and an
 * {@code encryption_key_id}; the public access block is its {@code public_access} settings, all four on. Unless
 * {@code state} is {@code absent}, the bucket's grants to everyone are read too ({@link S3BucketAccess}).
 */
final class S3BucketMapping implements ModuleMapping {
  /** The {@code s3_logging} task whose {@code name} is a bucket's {@code name} configures its access logging. */
  static final NameLink LOGGING_LINK = new NameLink("community.aws.s3_logging", "name", "amazon.aws.s3_bucket",
      "name");

  @Override
  public Set<String> modules() {
    return Set.of(LOGGING_LINK.toModule());
  }

  @Override
  public List<CloudModel> map(Resource bucket, UnitResources unit) {
    StorageBucket storage = new StorageBucket(bucket, logging(bucket, unit), encryption(bucket),
        S3BucketAccess.acl(bucket), customerKey(bucket));
    List<CloudModel> models = new ArrayList<>(List.of(storage));
    if (!Args.absent(bucket)) {
      models.addAll(S3BucketAccess.of(bucket, storage.acl(), unit.calling(bucket.type())));
    }
    return models;
  }

  /** SSE-KMS ({@code encryption: aws:kms}) with an {@code encryption_key_id} of the customer's; SSE-S3 otherwise. */
  private static Fact customerKey(Resource bucket) {
    Optional<MapEntry> entry = Args.entry(bucket.attributes(), "encryption");
    Optional<String> algorithm = entry.flatMap(e -> e.value().asString());
    if (entry.isPresent() && algorithm.isEmpty()) {
      return Fact.unknown("encryption", entry.get().range(), entry.get().value().origin());
    }
    if (algorithm.map(name -> name.startsWith("aws:kms")).orElse(false)) {
      return KmsKeys.customerManaged(bucket.attributes(), "encryption_key_id", entry.get().range());
    }
    return entry.map(e -> Fact.known(false, "encryption", e.range(), e.value().origin()))
        .orElseGet(() -> Fact.byDefault(false, "encryption", bucket.range()));
  }

  private static Fact logging(Resource bucket, UnitResources unit) {
    Optional<MapEntry> option = Args.entry(bucket.attributes(), "logging");
    if (option.isPresent()) {
      return targetBucket(option.get());
    }
    NameLink.Linked logging = LOGGING_LINK.to(bucket, unit);
    if (!logging.tasks().isEmpty()) {
      return Fact.known(true, "s3_logging", logging.tasks().get(0).range(), List.of());
    }
    return logging.ambiguous()
        ? Fact.unknown("logging", bucket.range(), List.of())
        : Fact.byDefault(false, "logging", bucket.range());
  }

  /** Whether the {@code logging} option {@code option} names a target bucket: a non-empty string does. */
  private static Fact targetBucket(MapEntry option) {
    Optional<MapEntry> target = option.value().asMap().flatMap(settings -> Args.entry(settings, "target_bucket"));
    if (target.isEmpty()) {
      return Fact.unknown("logging", option.range(), option.value().origin());
    }
    Value value = target.get().value();
    return Fact.of(value, "logging.target_bucket", value.range(), name -> name.asString().map(text -> !text.isEmpty()));
  }

  private static Fact encryption(Resource bucket) {
    Optional<MapEntry> entry = Args.entry(bucket.attributes(), "encryption");
    if (entry.isEmpty()) {
      return Fact.byDefault(false, "encryption", bucket.range());
    }
    Value value = entry.get().value();
    return value.asString()
        .map(algorithm -> Fact.known(!algorithm.toLowerCase(Locale.ROOT).equals("none"), "encryption",
            entry.get().range(), value.origin()))
        .orElseGet(() -> Fact.unknown("encryption", entry.get().range(), value.origin()));
  }

}
