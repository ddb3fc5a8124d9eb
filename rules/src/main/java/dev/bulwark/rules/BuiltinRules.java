package dev.bulwark.rules;

import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleProvider;
import java.util.List;

/** The built-in rules, ordered by id. A test checks this list against every annotated rule class. */
public final class BuiltinRules implements RuleProvider {
  private static final List<Rule> RULES = List.of(
      new PublicDatabaseInstanceRule(),
      new DatabaseFirewallRule(),
      new PublicSearchDomainRule(),
      new OpenCacheRule(),
      new PublicDatasetRule(),
      new PublicBrokerRule(),
      new OpenIngressRule(),
      new OpenNetworkAclRule(),
      new DefaultSecurityGroupTrafficRule(),
      new UnencryptedStorageRule(),
      new TransitEncryptionRule(),
      new BucketDefaultEncryptionRule(),
      new BucketCustomerKeyRule(),
      new CustomerKeyRule(),
      new StorageAccountTransportRule(),
      new OldTlsRule(),
      new BucketAccessLoggingRule(),
      new TrailLoggingRule(),
      new TrailMultiRegionRule(),
      new TrailLogValidationRule(),
      new FlowLogsRule(),
      new LoadBalancerAccessLogsRule(),
      new DistributionLoggingRule(),
      new ApiAccessLoggingRule(),
      new ApiExecutionLoggingRule(),
      new DatabaseLoggingRule(),
      new ClusterLoggingRule(),
      new SearchDomainLoggingRule(),
      new BrokerLoggingRule(),
      new StorageAccountLoggingRule(),
      new FlowLogDisabledRule(),
      new DnsQueryLoggingRule(),
      new AcceleratorFlowLogsRule(),
      new KeyVaultAuditRule(),
      new DatabaseLogParameterRule(),
      new TrailCloudWatchRule(),
      new WebAclLoggingRule(),
      new WebAppLoggingRule(),
      new AuditLogConfigRule(),
      new DnsPolicyLoggingRule(),
      new NetworkFirewallLoggingRule(),
      new StateMachineLoggingRule(),
      new GraphqlApiLoggingRule(),
      new AirflowLoggingRule());

  @Override
  public List<Rule> rules() {
    return RULES;
  }
}
