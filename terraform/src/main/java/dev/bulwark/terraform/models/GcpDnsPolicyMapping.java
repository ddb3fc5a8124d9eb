package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DnsPolicy;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code google_dns_policy}: the queries of the networks it is bound to are logged only with
 * {@code enable_logging = true} (off by default). A policy bound to no network ({@code networks} missing or empty)
 * has nothing to log and is not modelled.
 */
final class GcpDnsPolicyMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_dns_policy");
  }

  @Override
  public List<CloudModel> map(Resource policy, Module module) {
    NestedBlocks networks = NestedBlocks.of(policy.attributes(), "networks");
    if (networks.isMissing() || networks.presence("networks").isFalse()) {
      return List.of();
    }
    return List.of(new DnsPolicy(policy, Fact.of(policy.attributes(), "enable_logging", false, policy.range())));
  }
}
