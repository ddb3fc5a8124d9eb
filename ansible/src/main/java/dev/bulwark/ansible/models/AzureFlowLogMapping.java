package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.FlowLog;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_networkflowlog}, unless {@code state: absent}: its {@code enabled}. The module
 * sends it only when given and compares it only then, so a task without it leaves the flow log as Azure made it or
 * as it is (unknown).
 */
final class AzureFlowLogMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_networkflowlog");
  }

  @Override
  public List<CloudModel> map(Resource flowLog, UnitResources unit) {
    if (Args.absent(flowLog)) {
      return List.of();
    }
    return List.of(new FlowLog(flowLog, Args.flag(flowLog.attributes(), "enabled", Optional.empty(), flowLog.range())));
  }
}
