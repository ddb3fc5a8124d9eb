package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.FlowLog;
import dev.bulwark.core.rule.RuleInfo;

/** BW415: a flow log resource that is declared but switched off (Azure Network Watcher). */
@RuleInfo(
    id = "BW415",
    name = "network-watcher-flow-log-disabled",
    title = "Network Watcher flow log is disabled",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `enabled = true` on the `azurerm_network_watcher_flow_log`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `enabled: true` on the `azure_rm_networkflowlog` task."),
    },
    references = {
        "https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview",
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#enabled",
    },
    kics = {"b90842e5-6779-44d4-9760-972f4c03ba1c"},
    trivy = {"AVD-AZU-0073"})
final class FlowLogDisabledRule extends FactRule<FlowLog> {
  FlowLogDisabledRule() {
    super(FlowLog.class, false);
  }

  @Override
  Fact fact(FlowLog flowLog) {
    return flowLog.enabled();
  }

  @Override
  String problem(FlowLog flowLog, String address) {
    return "Flow log " + address + " captures no traffic";
  }
}
