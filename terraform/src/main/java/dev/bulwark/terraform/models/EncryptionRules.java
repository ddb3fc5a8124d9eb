package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.Truth;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;

/**
 * Whether an S3 server-side encryption configuration encrypts by default: some {@code rule} has an
 * {@code apply_server_side_encryption_by_default} block. A rule with only {@code bucket_key_enabled} does not count.
 */
final class EncryptionRules {
  private EncryptionRules() {}

  /** The inline {@code server_side_encryption_configuration} blocks of a bucket, as a fact at the attribute. */
  static Fact inline(NestedBlocks configurations, String attribute) {
    Truth truth = configurations.hasUnknown() ? Truth.UNKNOWN : Truth.FALSE;
    for (MapValue configuration : configurations.known()) {
      truth = or(truth, rules(NestedBlocks.of(configuration, "rule")));
    }
    return fact(truth, attribute, configurations.entry().orElseThrow().range());
  }

  /** An {@code aws_s3_bucket_server_side_encryption_configuration}, as a fact at the resource. */
  static Fact attached(Resource configuration) {
    return fact(rules(NestedBlocks.of(configuration.attributes(), "rule")), S3BucketMapping.ENCRYPTION,
        configuration.range());
  }

  /**
   * Whether the first rule that encrypts by default uses SSE-KMS ({@code aws:kms}, {@code aws:kms:dsse}) with a
   * customer-managed {@code kms_master_key_id}; false when no rule encrypts by default (SSE-S3 applies), located at
   * {@code at}.
   */
  static Fact customerKey(NestedBlocks rules, Range at) {
    for (MapValue rule : rules.known()) {
      for (MapValue applied : NestedBlocks.of(rule, "apply_server_side_encryption_by_default").known()) {
        Optional<MapEntry> algorithm = applied.entry("sse_algorithm");
        Optional<String> name = algorithm.flatMap(entry -> entry.value().asString());
        if (name.isEmpty()) {
          return Fact.unknown("sse_algorithm", algorithm.map(MapEntry::range).orElse(applied.range()), List.of());
        }
        return name.get().startsWith("aws:kms")
            ? KmsKeys.customerManaged(applied, "kms_master_key_id", applied.range())
            : Fact.known(false, "sse_algorithm", algorithm.get().range(), algorithm.get().value().origin());
      }
    }
    return rules.hasUnknown()
        ? Fact.unknown("rule", at, List.of())
        : Fact.byDefault(false, "apply_server_side_encryption_by_default", at);
  }

  private static Truth rules(NestedBlocks rules) {
    Truth truth = rules.hasUnknown() ? Truth.UNKNOWN : Truth.FALSE;
    for (MapValue rule : rules.known()) {
      NestedBlocks applied = NestedBlocks.of(rule, "apply_server_side_encryption_by_default");
      truth = or(truth, !applied.known().isEmpty() ? Truth.TRUE : applied.hasUnknown() ? Truth.UNKNOWN : Truth.FALSE);
    }
    return truth;
  }

  private static Truth or(Truth a, Truth b) {
    if (a == Truth.TRUE || b == Truth.TRUE) {
      return Truth.TRUE;
    }
    return a == Truth.UNKNOWN || b == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.FALSE;
  }

  private static Fact fact(Truth truth, String attribute, Range range) {
    return truth == Truth.UNKNOWN
        ? Fact.unknown(attribute, range, List.of())
        : Fact.known(truth == Truth.TRUE, attribute, range, List.of());
  }
}
