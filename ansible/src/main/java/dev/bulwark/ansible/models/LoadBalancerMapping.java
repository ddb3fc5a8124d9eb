package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LoadBalancer;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Access logs of load balancers the task creates. {@code amazon.aws.elb_application_lb}: its
 * {@code access_logs_enabled}, false when not given (Elastic Load Balancing's default).
 * {@code amazon.aws.elb_classic_lb}: off without {@code access_logs}, else its {@code enabled} (true when not given,
 * as the module documents).
 */
final class LoadBalancerMapping implements ModuleMapping {
  private static final String APPLICATION = "amazon.aws.elb_application_lb";

  @Override
  public Set<String> modules() {
    return Set.of(APPLICATION, "amazon.aws.elb_classic_lb");
  }

  @Override
  public List<CloudModel> map(Resource balancer, UnitResources unit) {
    MapValue arguments = balancer.attributes();
    if (balancer.type().equals(APPLICATION)) {
      return List.of(new LoadBalancer(balancer, Args.flag(arguments, "access_logs_enabled", false, balancer.range())));
    }
    Optional<MapEntry> logs = Args.entry(arguments, "access_logs");
    if (logs.isEmpty()) {
      return List.of(new LoadBalancer(balancer, Fact.byDefault(false, "access_logs", balancer.range())));
    }
    Fact enabled = logs.get().value().asMap()
        .map(settings -> Args.flag(settings, "enabled", true, logs.get().range()))
        .orElseGet(() -> Fact.unknown("access_logs", logs.get().range(), logs.get().value().origin()));
    return List.of(new LoadBalancer(balancer, enabled));
  }
}
