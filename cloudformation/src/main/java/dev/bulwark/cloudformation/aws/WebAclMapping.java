package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.WebAcl;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::WAFv2::WebACL}: it logs its requests when an {@code AWS::WAFv2::LoggingConfiguration} whose
 * {@code ResourceArn} refers to it exists; without one it does not, unless a logging configuration of the template
 * names a web ACL that is not one of its resources (a parameter, an import), which may be this one.
 */
final class WebAclMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::WAFv2::WebACL");
  }

  @Override
  public List<CloudModel> map(Resource acl, Stack stack) {
    return List.of(new WebAcl(acl,
        Companions.presence(acl, stack, "AWS::WAFv2::LoggingConfiguration", "ResourceArn")));
  }
}
