package dev.bulwark.terraform.models;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
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
  private static final int FIRST_LOGGING_BY_DEFAULT = 18;

  EksModuleMapping() {
    super("terraform-aws-modules/eks/aws", "create", "create_eks");
  }

  @Override
  CloudModel model(Resource call) {
    Optional<MapEntry> types = ModuleArguments.argument(call, LOG_TYPES)
        .or(() -> ModuleArguments.argument(call, "enabled_log_types"));
    Fact logging = types
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(), EksClusterMapping::logsApiAndAudit))
        .orElseGet(() -> byDefault(call));
    return new KubernetesCluster(call, logging);
  }

  /** The log types of a call without them: those of the newest module release its {@code version} allows. */
  private static Fact byDefault(Resource call) {
    Optional<MapEntry> version = call.attributes().entry("version");
    if (version.isEmpty()) {
      return Fact.byDefault(true, LOG_TYPES, call.range());
    }
    Optional<String> text = version.get().value().asString();
    Optional<VersionConstraint> constraint = text.flatMap(VersionConstraint::parse);
    if (constraint.isEmpty()) {
      return Fact.unknown(LOG_TYPES, call.range(), List.of());
    }
    return constraint.get().onlyBefore(FIRST_LOGGING_BY_DEFAULT)
        ? Fact.byDefault(false, LOG_TYPES, call.range(), List.of(new RelatedLocation(version.get().range(),
            "version constraint `" + text.get() + "` selects a release of the module before "
                + FIRST_LOGGING_BY_DEFAULT + ", which enables no log type by default")))
        : Fact.byDefault(true, LOG_TYPES, call.range());
  }
}
