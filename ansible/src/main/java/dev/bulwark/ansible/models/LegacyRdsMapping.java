package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code community.aws.rds}, the removed predecessor of {@code rds_instance}, still found in older playbooks: a
 * task with {@code command: create} creates an instance. Without {@code publicly_accessible} the module sends
 * nothing, and RDS makes the instance public when its subnets' VPC has an internet gateway, so it is unknown. The
 * module had no encryption argument, so RDS's default applies: unencrypted storage ({@code StorageEncrypted} false),
 * except for Aurora, whose storage is its cluster's (unknown).
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
    boolean decidedElsewhere = task.attributes().get("db_engine")
        .filter(engine -> !engine.isKnown() || engine.asString().filter(name -> name.startsWith("aurora")).isPresent())
        .isPresent();
    return List.of(new DatabaseInstance(task,
        Args.flag(task.attributes(), "publicly_accessible", Optional.empty(), task.range()),
        decidedElsewhere
            ? Fact.unknown("storage_encrypted", task.range(), List.of())
            : Fact.byDefault(false, "storage_encrypted", task.range())));
  }
}
