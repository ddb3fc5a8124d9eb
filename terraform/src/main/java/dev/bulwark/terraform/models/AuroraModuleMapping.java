package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LogExports;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * A call of {@code terraform-aws-modules/rds-aurora/aws}: its cluster's instances, unless {@code create} (or the
 * older {@code create_cluster}) is false. Storage is encrypted unless {@code storage_encrypted} is false (the module
 * defaults it to true). An instance is public when its entry of {@code instances} sets
 * {@code publicly_accessible = true}, or when the module-wide {@code publicly_accessible} of older versions does.
 * Logs are exported only when {@code enabled_cloudwatch_logs_exports} lists some (the module defaults it to none).
 */
final class AuroraModuleMapping extends RegistryModuleMapping {
  AuroraModuleMapping() {
    super("terraform-aws-modules/rds-aurora/aws", "create", "create_cluster");
  }

  @Override
  CloudModel model(Resource call) {
    return new DatabaseInstance(call, publiclyAccessible(call),
        Fact.of(call.attributes(), "storage_encrypted", true, call.range()), List.of(),
        LogExports.of(call.attributes(), "enabled_cloudwatch_logs_exports", Optional.empty(), call.range()));
  }

  private static Fact publiclyAccessible(Resource call) {
    Fact moduleWide = Fact.of(call.attributes(), "publicly_accessible", false, call.range());
    if (moduleWide.isTrue()) {
      return moduleWide;
    }
    Optional<MapEntry> instances = ModuleArguments.argument(call, "instances");
    if (instances.isEmpty()) {
      return moduleWide;
    }
    Value value = instances.get().value();
    if (!(value instanceof MapValue map)) {
      return Fact.unknown("publicly_accessible", instances.get().range(), value.origin());
    }
    Fact result = moduleWide;
    for (MapEntry instance : map.entries().values()) {
      if (!(instance.value() instanceof MapValue settings)) {
        result = Fact.unknown("publicly_accessible", instance.range(), List.of());
        continue;
      }
      Optional<MapEntry> setting = settings.entry("publicly_accessible");
      if (setting.isPresent()) {
        Fact fact = Fact.of(setting.get().value(), "publicly_accessible", setting.get().range());
        if (fact.isTrue()) {
          return fact;
        }
        result = fact.isUnknown() ? fact : result;
      }
    }
    return result;
  }
}
