package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.NodeGroupRemoteAccess;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::EKS::Nodegroup}: the SSH firewall of its {@code RemoteAccess} ({@code Ec2SshKey},
 * {@code SourceSecurityGroups}), read by {@link NodeGroupRemoteAccess}.
 */
final class EksNodegroupMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EKS::Nodegroup");
  }

  @Override
  public List<CloudModel> map(Resource group, Stack stack) {
    return List.of(NodeGroupRemoteAccess.of(group, group.attribute("RemoteAccess"), "Ec2SshKey",
        "SourceSecurityGroups"));
  }
}
