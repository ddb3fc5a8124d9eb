package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call of {@code terraform-aws-modules/eks/aws}: its cluster, unless {@code create} (v18+) or {@code create_eks}
 * (up to v17) is false. The log types are {@code cluster_enabled_log_types} (up to v20) or
 * {@code enabled_log_types} (v21); since v18 the module enables {@code audit}, {@code api} and
 * {@code authenticator} by default, before that none, so a call without them is logged unless its {@code version}
 * allows a release before 18 (then it is unknown).
 */
final class EksModuleMapping extends RegistryModuleMapping {
  private static final Pattern MAJOR = Pattern.compile("(\\d+)");
  private static final int FIRST_LOGGING_BY_DEFAULT = 18;

  EksModuleMapping() {
    super("terraform-aws-modules/eks/aws", "create", "create_eks");
  }

  @Override
  CloudModel model(Resource call) {
    Optional<MapEntry> types = ModuleArguments.argument(call, "cluster_enabled_log_types")
        .or(() -> ModuleArguments.argument(call, "enabled_log_types"));
    Fact logging = types
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(), EksClusterMapping::logsApiAndAudit))
        .orElseGet(() -> loggedByDefault(call)
            ? Fact.byDefault(true, "cluster_enabled_log_types", call.range())
            : Fact.unknown("cluster_enabled_log_types", call.range(), List.of()));
    return new KubernetesCluster(call, logging);
  }

  /** Whether the module version the call asks for (the latest without one) enables log types by default. */
  private static boolean loggedByDefault(Resource call) {
    Optional<String> version = call.attributes().get("version").flatMap(value -> value.asString());
    if (version.isEmpty()) {
      return call.attributes().get("version").isEmpty();
    }
    Matcher major = MAJOR.matcher(version.get());
    return major.find() && Integer.parseInt(major.group(1)) >= FIRST_LOGGING_BY_DEFAULT
        && !version.get().contains("<");
  }
}
