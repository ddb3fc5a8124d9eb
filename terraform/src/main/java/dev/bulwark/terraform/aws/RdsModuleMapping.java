package dev.bulwark.terraform.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * A call of {@code terraform-aws-modules/rds/aws}: its instance, from the module's inputs with the module's
 * defaults ({@code publicly_accessible} false, {@code storage_encrypted} true), unless {@code create_db_instance}
 * is false.
 */
final class RdsModuleMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("terraform-aws-modules/rds/aws");
  }

  @Override
  public List<CloudModel> map(Resource call, Module module) {
    if (!ModuleArguments.creates(call, "create_db_instance")) {
      return List.of();
    }
    return List.of(new DatabaseInstance(call,
        Fact.of(call.attributes(), "publicly_accessible", false, call.range()),
        Fact.of(call.attributes(), "storage_encrypted", true, call.range())));
  }
}
