package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code community.aws.rds}, the removed predecessor of {@code rds_instance}, still found in older playbooks: a
 * task with {@code command: create} creates an instance. {@code publicly_accessible} defaults to false; the module
 * had no encryption argument, so encryption is unknown.
 */
final class LegacyRdsMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("community.aws.rds");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (!Args.is(task, "command", "create")) {
      return List.of();
    }
    return List.of(new DatabaseInstance(task,
        Args.flag(task.attributes(), "publicly_accessible", false, task.range()),
        Fact.unknown("storage_encrypted", task.range(), List.of())));
  }
}
