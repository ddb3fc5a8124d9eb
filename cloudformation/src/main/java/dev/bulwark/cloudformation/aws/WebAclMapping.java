package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.WebAcl;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::WAFv2::WebACL}: it logs its requests when an {@code AWS::WAFv2::LoggingConfiguration} whose
 * {@code ResourceArn} refers to it exists; without one it does not, unless a logging configuration of the template
 * names a web ACL that is not one of its resources (a parameter, an import), which may be this one.
 */
final class WebAclMapping implements ModelMapping {
  private static final String LOGGING = "AWS::WAFv2::LoggingConfiguration";

  @Override
  public Set<String> types() {
    return Set.of("AWS::WAFv2::WebACL");
  }

  @Override
  public List<CloudModel> map(Resource acl, ResourceGraph graph) {
    List<Resource> configurations = graph.referrers(acl, LOGGING, "ResourceArn");
    if (!configurations.isEmpty()) {
      return List.of(new WebAcl(acl, Fact.known(true, LOGGING, configurations.get(0).range(), List.of())));
    }
    boolean elsewhere = graph.ofType(LOGGING).stream()
        .anyMatch(configuration -> graph.referencesFrom(configuration).stream()
            .noneMatch(reference -> reference.attribute().equals("ResourceArn")));
    return List.of(new WebAcl(acl, elsewhere ? Fact.unknown(LOGGING, acl.range(), List.of())
        : Fact.byDefault(false, LOGGING, acl.declaration())));
  }
}
