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
 * Access logs of load balancers the task creates or updates, from its arguments with module defaults applied.
 * {@code amazon.aws.elb_application_lb}: its {@code access_logs_enabled}, false when not given (Elastic Load
 * Balancing's default; the module requires {@code subnets}, so every task that runs can create the balancer).
 * {@code amazon.aws.elb_classic_lb}: with {@code access_logs}, its {@code enabled} (true when not given, as the
 * module documents). Without {@code access_logs} the module leaves the setting as it is: off by default when the
 * task can create the balancer, unknown when it can only update one, as it lacks {@code listeners} or both
 * {@code subnets} and {@code zones} (missing, or an empty list).
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
      return List.of(new LoadBalancer(balancer, canCreate(arguments)
          ? Fact.byDefault(false, "access_logs", balancer.range())
          : Fact.unknown("access_logs", balancer.range(), List.of())));
    }
    Fact enabled = logs.get().value().asMap()
        .map(settings -> Args.flag(settings, "enabled", true, logs.get().range()))
        .orElseGet(() -> Fact.unknown("access_logs", logs.get().range(), logs.get().value().origin()));
    return List.of(new LoadBalancer(balancer, enabled));
  }

  /** Whether a classic load balancer task may create the balancer: it gives listeners, and subnets or zones. */
  private static boolean canCreate(MapValue arguments) {
    return given(arguments, "listeners") && (given(arguments, "subnets") || given(arguments, "zones"));
  }

  /** Whether the list argument {@code name} is given: present and not a known empty list. */
  private static boolean given(MapValue arguments, String name) {
    return Args.entry(arguments, name)
        .map(entry -> entry.value().asList().map(items -> !items.isEmpty()).orElse(true))
        .orElse(false);
  }
}
