package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ContentDistribution;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_cloudfront_distribution}: access logs are on with a {@code logging_config} block (standard logging), or
 * with an {@code aws_cloudwatch_log_delivery_source} whose {@code resource_arn} refers to the distribution (standard
 * logging v2), either one sufficing; a {@code dynamic "logging_config"} that makes no block leaves it to the v2
 * source. Without either there are none, or it is unknown when some delivery source of the unit names an unknown
 * resource.
 */
final class CloudFrontMapping implements ModelMapping {
  private static final Set<String> TYPES = Set.of("aws_cloudfront_distribution");

  @Override
  public Set<String> types() {
    return TYPES;
  }

  @Override
  public List<CloudModel> map(Resource distribution, Module module) {
    Fact v2 = module.attachments("aws_cloudwatch_log_delivery_source", "resource_arn", TYPES, Optional.empty())
        .presence(distribution, "logging_config");
    NestedBlocks inline = NestedBlocks.of(distribution.attributes(), "logging_config");
    Fact fact = inline.isMissing() ? v2 : Fact.any(List.of(inline.presence("logging_config"), v2));
    return List.of(new ContentDistribution(distribution, fact));
  }
}
