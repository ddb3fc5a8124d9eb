package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageBucket;

/**
 * A call of {@code cloudposse/s3-bucket/aws}: its bucket, unless {@code enabled} is false. Access logging is its
 * {@code logging} input, none by default (older releases have no such input). The module always writes a default
 * encryption configuration ({@code sse_algorithm}, {@code AES256} by default) and a public access block that blocks
 * everything by default, so only logging is read; the bucket's ACL is its {@code acl}, {@code private} by default.
 */
final class CloudPosseS3BucketModuleMapping extends RegistryModuleMapping {
  CloudPosseS3BucketModuleMapping() {
    super("cloudposse/s3-bucket/aws", "enabled");
  }

  @Override
  CloudModel model(Resource call) {
    return new StorageBucket(call, ModuleArguments.configured(call, "logging"),
        Fact.byDefault(true, "sse_algorithm", call.range()), S3BucketModuleMapping.acl(call));
  }
}
