package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageBucket;
import java.util.List;

/**
 * A call of {@code terraform-google-modules/cloud-storage/google//modules/simple_bucket}: its bucket, whose access
 * is logged to the bucket its {@code log_bucket} names (null by default: no logging). Cloud Storage encrypts every
 * object; the module sets no ACL.
 */
final class GcsSimpleBucketModuleMapping extends RegistryModuleMapping {
  GcsSimpleBucketModuleMapping() {
    super("terraform-google-modules/cloud-storage/google//modules/simple_bucket");
  }

  @Override
  CloudModel model(Resource call) {
    return new StorageBucket(call, Fact.names(call.attributes(), "log_bucket", call.range()),
        Fact.byDefault(true, "encryption", call.range()), Located.unknown("acl", call.range(), List.of()));
  }
}
