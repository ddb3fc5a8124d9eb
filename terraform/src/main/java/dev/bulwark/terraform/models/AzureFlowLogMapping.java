package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.FlowLog;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_network_watcher_flow_log}: its {@code enabled}, a required argument (unknown when missing).
 */
final class AzureFlowLogMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("azurerm_network_watcher_flow_log");
  }

  @Override
  public List<CloudModel> map(Resource flowLog, Module module) {
    Fact enabled = flowLog.attribute("enabled").isPresent()
        ? Fact.of(flowLog.attributes(), "enabled", true, flowLog.range())
        : Fact.unknown("enabled", flowLog.range(), List.of());
    return List.of(new FlowLog(flowLog, enabled));
  }
}
