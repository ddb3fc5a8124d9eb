package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.terraform.models.VersionConstraint.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A call of {@code terraform-aws-modules/s3-bucket/aws}: its bucket, unless {@code create_bucket} is false, from the
 * module's inputs with the module's defaults: no {@code logging} and no {@code server_side_encryption_configuration}
 * (both {@code {}}), no ACL ({@code acl} null: private), no policy ({@code attach_policy} false), and a public access
 * block whose four settings default to true from release 3.9 and to false before it, as the call's {@code version}
 * selects (the latest release without one; unknown when it is not a constraint). With {@code attach_public_policy}
 * false the module makes no block, so whether the bucket's public access is blocked is left to the account: unknown.
 *
 * <p>Who the bucket admits is read as for an {@code aws_s3_bucket} ({@link S3BucketAccess}): its {@code acl}, and its
 * {@code policy} when {@code attach_policy} is true, each let through unless the module's block or an account block
 * of the unit blocks it; without the module's block, as without a block written out, nothing of the bucket does.
 * For {@code attach_require_latest_tls_policy} and the {@code attach_deny_*} inputs but
 * {@code attach_deny_insecure_transport_policy}, the module merges a statement that denies into the policy, which
 * makes it not public, as it does a policy written out.
 */
final class S3BucketModuleMapping extends RegistryModuleMapping {
  private static final String ATTACH_BLOCK = "attach_public_policy";
  /** The first release whose public access block settings default to true. */
  private static final Version BLOCKING_BY_DEFAULT = new Version(3, 9, 0);
  /** The inputs that merge into the policy a statement that denies on a condition other than plain transport. */
  private static final List<String> DENYING = List.of("attach_require_latest_tls_policy",
      "attach_deny_incorrect_encryption_headers", "attach_deny_incorrect_kms_key_sse",
      "attach_deny_unencrypted_object_uploads", "attach_deny_ssec_encrypted_object_uploads");

  S3BucketModuleMapping() {
    super("terraform-aws-modules/s3-bucket/aws", "create_bucket");
  }

  @Override
  CloudModel model(Resource call) {
    return new StorageBucket(call, ModuleArguments.configured(call, "logging"), encryption(call), acl(call));
  }

  @Override
  List<CloudModel> models(Resource call, Module module) {
    StorageBucket bucket = (StorageBucket) model(call);
    List<CloudModel> models = new ArrayList<>(List.of(bucket));
    models.add(DatasetAccess.ofSetting(call, bucket.acl(), DatasetAccess.S3_PUBLIC_ACLS)
        .unless(blocked(call, module, "block_public_acls", "ignore_public_acls")));
    Fact attached = Fact.of(call.attributes(), "attach_policy", false, call.range());
    Optional<MapEntry> policy = ModuleArguments.argument(call, "policy");
    if (!attached.isFalse() && policy.isPresent()) {
      models.add(DatasetAccess.admitting(call, admitsAnyone(call, attached, policy.get(), module))
          .unless(blocked(call, module, "block_public_policy", "restrict_public_buckets")));
    }
    return models;
  }

  private static Fact encryption(Resource call) {
    String name = "server_side_encryption_configuration";
    Fact configured = ModuleArguments.configured(call, name);
    return configured.isTrue() ? EncryptionRules.inline(NestedBlocks.of(call.attributes(), name), name) : configured;
  }

  /** Whether the module makes its public access block: {@code attach_public_policy}, true by default. */
  private static Fact createsBlock(Resource call) {
    return Fact.of(call.attributes(), ATTACH_BLOCK, true, call.range());
  }

  /** A setting of the module's public access block: its input, else the default of the release the call uses. */
  private static Fact setting(Resource call, String setting) {
    return ModuleArguments.argument(call, setting)
        .map(entry -> Fact.of(entry.value(), setting, entry.range()))
        .orElseGet(() -> ModuleArguments.defaultSince(call, setting, BLOCKING_BY_DEFAULT, true,
            "whose `" + setting + "` defaults to false"));
  }

  /**
   * Whether one of {@code settings} blocks public access to the bucket: as the module's block sets them, or the
   * account's; {@code attach_public_policy} written as false (no block of the module) is the setting that does not.
   */
  private static Fact blocked(Resource call, Module module, String... settings) {
    Fact creates = createsBlock(call);
    List<Fact> own = creates.isTrue() ? Stream.of(settings).map(setting -> setting(call, setting)).toList()
        : List.of(creates);
    return S3BucketAccess.blocked(own, module, settings);
  }

  /**
   * Whether the policy the module attaches admits anyone: {@code policy} as written, but not when an input merges a
   * statement that denies into it, and unknown when that or {@code attach_policy} is not known.
   */
  private static Fact admitsAnyone(Resource call, Fact attached, MapEntry policy, Module module) {
    Fact admits = AccessPolicies.admitsAnyone(call, policy, module);
    if (!admits.isTrue()) {
      return admits;
    }
    Fact denies = Fact.any(DENYING.stream().map(input -> Fact.of(call.attributes(), input, false, call.range()))
        .toList());
    if (denies.isTrue()) {
      return denies.negated();
    }
    return attached.isUnknown() || denies.isUnknown()
        ? Fact.unknown(admits.attribute(), admits.range(), admits.origin())
        : admits;
  }

  /** The canned ACL a bucket module's call sets in {@code acl}, {@code private} by default. */
  static Located<String> acl(Resource call) {
    return ModuleArguments.argument(call, "acl").map(Located::text)
        .orElseGet(() -> Located.byDefault("private", "acl", call.range()));
  }
}
