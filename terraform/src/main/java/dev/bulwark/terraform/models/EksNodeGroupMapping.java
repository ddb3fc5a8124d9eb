package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.NodeGroupRemoteAccess;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_eks_node_group}: the SSH firewall of its first {@code remote_access} block ({@code ec2_ssh_key},
 * {@code source_security_group_ids}), read by {@link NodeGroupRemoteAccess}; a block made by {@code dynamic} over
 * an unknown collection makes none.
 */
final class EksNodeGroupMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_eks_node_group");
  }

  @Override
  public List<CloudModel> map(Resource group, Module module) {
    NestedBlocks blocks = NestedBlocks.of(group.attributes(), "remote_access");
    Optional<MapEntry> access = blocks.entry().flatMap(entry -> blocks.known().stream().findFirst()
        .map(block -> new MapEntry(entry.key(), entry.keyRange(), block)));
    return List.of(NodeGroupRemoteAccess.of(group, access, "ec2_ssh_key", "source_security_group_ids"));
  }
}
