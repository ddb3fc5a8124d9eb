package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LogExports;
import java.util.List;
import java.util.Optional;

/**
 * A call of {@code terraform-aws-modules/rds/aws}: its instance, from the module's inputs with the module's
 * defaults ({@code publicly_accessible} false, {@code storage_encrypted} true, no
 * {@code enabled_cloudwatch_logs_exports}), unless {@code create_db_instance} is false.
 */
final class RdsModuleMapping extends RegistryModuleMapping {
  RdsModuleMapping() {
    super("terraform-aws-modules/rds/aws", "create_db_instance");
  }

  @Override
  CloudModel model(Resource call) {
    return new DatabaseInstance(call,
        Fact.of(call.attributes(), "publicly_accessible", false, call.range()),
        Fact.of(call.attributes(), "storage_encrypted", true, call.range()), List.of(),
        LogExports.of(call.attributes(), "enabled_cloudwatch_logs_exports", Optional.empty(), call.range()));
  }
}
