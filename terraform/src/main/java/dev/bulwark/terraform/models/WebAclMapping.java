package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.WebAcl;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AWS WAF web ACLs: an {@code aws_wafv2_web_acl} logs its requests when an
 * {@code aws_wafv2_web_acl_logging_configuration} whose {@code resource_arn} refers to it exists (unknown when one
 * of the unit refers to an unknown resource); a WAF Classic {@code aws_waf_web_acl} or {@code aws_wafregional_web_acl}
 * when it has a {@code logging_configuration} block. Neither logs by default.
 */
final class WebAclMapping implements ModelMapping {
  private static final String LOGGING = "aws_wafv2_web_acl_logging_configuration";

  @Override
  public Set<String> types() {
    return Set.of("aws_wafv2_web_acl", "aws_waf_web_acl", "aws_wafregional_web_acl");
  }

  @Override
  public List<CloudModel> map(Resource acl, Module module) {
    if (acl.type().equals("aws_wafv2_web_acl")) {
      return List.of(new WebAcl(acl, module.attachments(LOGGING, "resource_arn", Set.of("aws_wafv2_web_acl"),
          Optional.empty()).presence(acl, LOGGING)));
    }
    NestedBlocks logging = NestedBlocks.of(acl.attributes(), "logging_configuration");
    return List.of(new WebAcl(acl, logging.isMissing()
        ? Fact.byDefault(false, "logging_configuration", acl.range())
        : logging.presence("logging_configuration")));
  }
}
