package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LoadBalancer;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_elb}, {@code aws_lb} and {@code aws_alb}: access logs are on when the {@code access_logs} block is
 * enabled. Defaults: no block, no logs; in a block, {@code enabled} is true for a classic ELB but false for
 * {@code aws_lb}/{@code aws_alb} (even with a bucket). A network load balancer writes access logs only for its TLS
 * listeners, so it is modelled only when an {@code aws_lb_listener} attached by {@code load_balancer_arn} has protocol
 * {@code TLS}; a gateway load balancer has no access logs. An unknown {@code load_balancer_type} leaves them unknown.
 */
final class LoadBalancerMapping implements ModelMapping {
  private static final Set<String> V2_TYPES = Set.of("aws_lb", "aws_alb");

  @Override
  public Set<String> types() {
    return Set.of("aws_elb", "aws_lb", "aws_alb");
  }

  @Override
  public List<CloudModel> map(Resource balancer, Module module) {
    if (balancer.type().equals("aws_elb")) {
      return List.of(new LoadBalancer(balancer, accessLogs(balancer, true)));
    }
    Optional<Value> declared = balancer.attributes().get("load_balancer_type");
    Optional<String> type = declared.isEmpty() ? Optional.of("application") : declared.get().asString();
    if (type.isEmpty()) {
      return List.of(new LoadBalancer(balancer, Fact.unknown("load_balancer_type",
          balancer.attribute("load_balancer_type").orElseThrow().range(), declared.get().origin())));
    }
    boolean logs = switch (type.get()) {
      case "application" -> true;
      case "network" -> hasTlsListener(balancer, module);
      default -> false;
    };
    return logs ? List.of(new LoadBalancer(balancer, accessLogs(balancer, false))) : List.of();
  }

  private static Fact accessLogs(Resource balancer, boolean enabledInBlock) {
    return NestedBlocks.flag(balancer.attributes(), "access_logs", "enabled", enabledInBlock, balancer.range());
  }

  private static boolean hasTlsListener(Resource balancer, Module module) {
    return Set.of("aws_lb_listener", "aws_alb_listener").stream()
        .flatMap(type -> module.attachments(type, "load_balancer_arn", V2_TYPES, Optional.empty()).to(balancer)
            .stream())
        .anyMatch(listener -> listener.attributes().get("protocol").flatMap(Value::asString)
            .filter("TLS"::equals).isPresent());
  }
}
