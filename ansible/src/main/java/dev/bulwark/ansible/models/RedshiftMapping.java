package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code community.aws.redshift}: a task with {@code command: create} creates a cluster. The module's defaults apply:
 * {@code publicly_accessible} false, {@code encrypted} false. The module cannot configure audit logging (unknown).
 */
final class RedshiftMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("community.aws.redshift");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (!Args.is(task, "command", "create")) {
      return List.of();
    }
    return List.of(new DatabaseInstance(task,
        Args.flag(task.attributes(), "publicly_accessible", false, task.range()),
        Args.flag(task.attributes(), "encrypted", false, task.range()),
        List.of(), Fact.unknown("logging", task.range(), List.of())));
  }
}
