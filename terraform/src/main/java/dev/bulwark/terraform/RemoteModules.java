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

  /** The remote calls of the root module of the plan's {@code configuration}. */
  static Set<String> of(Optional<DocNode.Mapping> configuration) {
    Set<String> remote = new HashSet<>();
    configuration.ifPresent(root -> calls(root, "", false, remote));
    return remote;
  }

  private static void calls(DocNode.Mapping module, String path, boolean insideRemote, Set<String> remote) {
    module.get("module_calls").flatMap(DocNode::asMapping).ifPresent(calls -> calls.entries().forEach(call -> {
      String callPath = path + "module." + call.keyText();
      Optional<DocNode.Mapping> body = call.value().asMapping();
      boolean isRemote = insideRemote || PlanJson.text(body.flatMap(b -> b.get("source")))
          .map(source -> !ModuleSource.parse(source).isLocal())
          .orElse(true);
      if (isRemote) {
        remote.add(callPath);
      }
      body.flatMap(b -> b.get("module")).flatMap(DocNode::asMapping)
          .ifPresent(child -> calls(child, callPath + ".", isRemote, remote));
    }));
  }
}
