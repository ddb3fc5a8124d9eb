package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::WorkSpaces::Workspace}: its root and user volumes, each unencrypted unless
 * {@code RootVolumeEncryptionEnabled} / {@code UserVolumeEncryptionEnabled} is true (both default to false), with
 * the customer key {@code VolumeEncryptionKey} when it is not the AWS managed {@code alias/aws/workspaces}.
 */
final class WorkspaceMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::WorkSpaces::Workspace");
  }

  @Override
  public List<CloudModel> map(Resource workspace, Stack stack) {
    Fact customerKey = KmsKeys.customerManaged(workspace.attributes(), "VolumeEncryptionKey", workspace.range());
    return DataStore.desktopVolumes(workspace,
        Fact.of(workspace.attributes(), "RootVolumeEncryptionEnabled", false, workspace.range()),
        Fact.of(workspace.attributes(), "UserVolumeEncryptionEnabled", false, workspace.range()), customerKey);
  }
}
