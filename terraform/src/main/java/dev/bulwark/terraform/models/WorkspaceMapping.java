package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_workspaces_workspace}: its root and user volumes, each unencrypted unless
 * {@code root_volume_encryption_enabled} / {@code user_volume_encryption_enabled} is true (both default to false),
 * with the customer key {@code volume_encryption_key} when it is not the AWS managed {@code alias/aws/workspaces}.
 */
final class WorkspaceMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_workspaces_workspace");
  }

  @Override
  public List<CloudModel> map(Resource workspace, Module module) {
    Fact customerKey = KmsKeys.customerManaged(workspace.attributes(), "volume_encryption_key", workspace.range());
    return DataStore.desktopVolumes(workspace,
        Fact.of(workspace.attributes(), "root_volume_encryption_enabled", false, workspace.range()),
        Fact.of(workspace.attributes(), "user_volume_encryption_enabled", false, workspace.range()), customerKey);
  }
}
