package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LogExports;
import java.util.List;
import java.util.Optional;

/**
 * A call of one of Cloud Posse's database modules ({@code cloudposse/rds/aws}, {@code cloudposse/rds-cluster/aws},
 * {@code cloudposse/documentdb-cluster/aws}): its instance or cluster, unless {@code enabled} is false, from the
 * inputs the call gives. {@code publicly_accessible} is false by default. The default of {@code storage_encrypted}
 * changed across the modules' releases (older ones left storage unencrypted), so without the input encryption is
 * unknown. Logs are exported as {@code enabled_cloudwatch_logs_exports} lists them, none by default ({@code audit}
 * must be among them for DocumentDB).
 */
final class CloudPosseDatabaseModuleMapping extends RegistryModuleMapping {
  private static final String LOGS = "enabled_cloudwatch_logs_exports";
  private static final String ENCRYPTED = "storage_encrypted";
  private final Optional<String> requiredLog;

  /** The mapping of module {@code address}, whose audit log is {@code requiredLog} when only one type counts. */
  CloudPosseDatabaseModuleMapping(String address, Optional<String> requiredLog) {
    super(address, "enabled");
    this.requiredLog = requiredLog;
  }

  @Override
  CloudModel model(Resource call) {
    Fact encrypted = ModuleArguments.argument(call, ENCRYPTED)
        .map(entry -> Fact.of(entry.value(), ENCRYPTED, entry.range()))
        .orElseGet(() -> Fact.unknown(ENCRYPTED, call.range(), List.of()));
    return new DatabaseInstance(call, Fact.of(call.attributes(), "publicly_accessible", false, call.range()),
        encrypted, List.of(), LogExports.of(call.attributes(), LOGS, requiredLog, call.range()));
  }
}
