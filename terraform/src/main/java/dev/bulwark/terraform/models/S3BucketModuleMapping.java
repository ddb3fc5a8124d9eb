package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.value.MapEntry;
import java.util.Optional;

/**
 * A call of {@code terraform-aws-modules/s3-bucket/aws}: its bucket, unless {@code create_bucket} is false, from the
 * module's inputs with the module's defaults: no {@code logging} and no {@code server_side_encryption_configuration}
 * (both {@code {}}), a public access block with all four settings true (unless {@code attach_public_policy} is
 * false, which leaves it to the account: unknown), and no ACL (private).
 */
final class S3BucketModuleMapping extends RegistryModuleMapping {
  S3BucketModuleMapping() {
    super("terraform-aws-modules/s3-bucket/aws", "create_bucket");
  }

  @Override
  CloudModel model(Resource call) {
    return new StorageBucket(call, ModuleArguments.configured(call, "logging"), encryption(call),
        publicAccessBlock(call), acl(call));
  }

  private static Fact encryption(Resource call) {
    String name = "server_side_encryption_configuration";
    Fact configured = ModuleArguments.configured(call, name);
    return configured.isTrue() ? EncryptionRules.inline(NestedBlocks.of(call.attributes(), name), name) : configured;
  }

  private static Fact publicAccessBlock(Resource call) {
    Optional<MapEntry> attach = ModuleArguments.argument(call, "attach_public_policy");
    if (attach.isPresent() && !attach.get().value().isTrue()) {
      return Fact.unknown("attach_public_policy", attach.get().range(), attach.get().value().origin());
    }
    Fact result = Fact.byDefault(true, S3BucketAccess.PUBLIC_ACCESS_BLOCK, call.range());
    for (String setting : S3BucketMapping.BLOCK_SETTINGS) {
      Fact fact = Fact.of(call.attributes(), setting, true, call.range());
      if (fact.isFalse()) {
        return fact;
      }
      if (fact.isUnknown()) {
        result = fact;
      }
    }
    return result;
  }

  private static Located<String> acl(Resource call) {
    return ModuleArguments.argument(call, "acl")
        .map(entry -> entry.value().asString()
            .map(acl -> Located.known(acl, "acl", entry.range(), entry.value().origin()))
            .orElseGet(() -> Located.unknown("acl", entry.range(), entry.value().origin())))
        .orElseGet(() -> Located.byDefault("private", "acl", call.range()));
  }
}
