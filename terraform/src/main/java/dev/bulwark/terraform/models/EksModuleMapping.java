package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.terraform.models.VersionConstraint.Version;
import java.util.Optional;

/**
 * A call of {@code terraform-aws-modules/eks/aws}: its cluster, unless {@code create} (v18+) or {@code create_eks}
 * (up to v17) is false. The log types are {@code cluster_enabled_log_types} (up to v20) or
 * {@code enabled_log_types} (v21); since v18 the module enables {@code audit}, {@code api} and
 * {@code authenticator} by default, before that none. Without them, the call is logged unless its {@code version}
 * holds it to releases before 18 ({@code terraform init} installs the newest release allowed); a version that is
 * not a constraint leaves it unknown.
 */
final class EksModuleMapping extends RegistryModuleMapping {
  private static final String LOG_TYPES = "cluster_enabled_log_types";
  private static final Version FIRST_LOGGING_BY_DEFAULT = new Version(18, 0, 0);

  EksModuleMapping() {
    super("terraform-aws-modules/eks/aws", "create", "create_eks");
  }

  @Override
  CloudModel model(Resource call) {
    Optional<MapEntry> types = ModuleArguments.argument(call, LOG_TYPES)
        .or(() -> ModuleArguments.argument(call, "enabled_log_types"));
    Fact logging = types
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(), EksClusterMapping::logsApiAndAudit))
        .orElseGet(() -> ModuleArguments.defaultSince(call, LOG_TYPES, FIRST_LOGGING_BY_DEFAULT, true,
            "which enables no log type by default"));
    return new KubernetesCluster(call, logging);
  }
}
