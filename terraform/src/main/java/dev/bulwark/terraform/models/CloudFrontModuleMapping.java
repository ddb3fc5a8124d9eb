package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ContentDistribution;

/**
 * A call of {@code terraform-aws-modules/cloudfront/aws}: its distribution, unless {@code create_distribution} is
 * false, with access logs when the {@code logging_config} map is not empty (the module's default is empty).
 */
final class CloudFrontModuleMapping extends RegistryModuleMapping {
  CloudFrontModuleMapping() {
    super("terraform-aws-modules/cloudfront/aws", "create_distribution");
  }

  @Override
  CloudModel model(Resource call) {
    return new ContentDistribution(call, ModuleArguments.configured(call, "logging_config"));
  }
}
