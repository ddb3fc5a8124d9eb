package dev.bulwark.terraform;

import dev.bulwark.core.document.DocNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The module calls of a plan whose code Bulwark does not read, as written in the plan's {@code configuration}: those
 * whose {@code source} is not a local path (registry and git modules), and every call inside one of them. Paths are
 * of the configuration, without instance keys: {@code module.vpc}, {@code module.vpc.module.flow_logs}.
 */
final class RemoteModules {
  private RemoteModules() {}

  static Set<String> of(DocNode.Mapping plan) {
    Set<String> remote = new HashSet<>();
    PlanJson.configuration(plan)
        .ifPresent(root -> calls(root, "", false, remote));
    return remote;
  }

  private static void calls(DocNode.Mapping module, String path, boolean insideRemote, Set<String> remote) {
    PlanJson.mapping(module.get("module_calls")).ifPresent(calls -> calls.entries().forEach(call -> {
      String callPath = path + "module." + PlanJson.key(call);
      Optional<DocNode.Mapping> body = PlanJson.mapping(call.value());
      boolean isRemote = insideRemote || body.flatMap(b -> b.get("source"))
          .filter(DocNode.Scalar.class::isInstance).map(source -> !ModuleSource.parse(((DocNode.Scalar) source)
              .text()).isLocal())
          .orElse(true);
      if (isRemote) {
        remote.add(callPath);
      }
      body.flatMap(b -> PlanJson.mapping(b.get("module")))
          .ifPresent(child -> calls(child, callPath + ".", isRemote, remote));
    }));
  }
}
