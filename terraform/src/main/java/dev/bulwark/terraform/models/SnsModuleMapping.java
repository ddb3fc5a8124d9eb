package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;

/**
 * A call of {@code terraform-aws-modules/sns/aws}: its topic, unless {@code create} is false, read as an
 * {@code aws_sns_topic} from the inputs of the same name: unencrypted without a {@code kms_master_key_id} (null by
 * default).
 */
final class SnsModuleMapping extends RegistryModuleMapping {
  SnsModuleMapping() {
    super("terraform-aws-modules/sns/aws", "create");
  }

  @Override
  CloudModel model(Resource call) {
    return AwsDataStoreMapping.topic(call);
  }
}
