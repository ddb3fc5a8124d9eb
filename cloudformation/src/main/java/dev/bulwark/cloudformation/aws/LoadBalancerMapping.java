package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LoadBalancer;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Load balancers' access logs. {@code AWS::ElasticLoadBalancing::LoadBalancer}: on when its {@code AccessLoggingPolicy}
 * is {@code Enabled} (a required setting: unknown when missing), off without the policy.
 * {@code AWS::ElasticLoadBalancingV2::LoadBalancer}: on when the {@code LoadBalancerAttributes} item
 * {@code access_logs.s3.enabled} is true, off when it is missing. A network load balancer ({@code Type: network})
 * writes access logs only for TLS listeners, so it is modelled only when an
 * {@code AWS::ElasticLoadBalancingV2::Listener} with {@code Protocol: TLS} refers to it; a gateway load balancer has
 * none. An unknown {@code Type} is unknown.
 */
final class LoadBalancerMapping implements ModelMapping {
  private static final String CLASSIC = "AWS::ElasticLoadBalancing::LoadBalancer";
  private static final String ENABLED = "access_logs.s3.enabled";

  @Override
  public Set<String> types() {
    return Set.of(CLASSIC, "AWS::ElasticLoadBalancingV2::LoadBalancer");
  }

  @Override
  public boolean applies(Resource balancer, Stack stack) {
    if (balancer.type().equals(CLASSIC)) {
      return true;
    }
    Optional<String> type = type(balancer);
    return type.isEmpty() || type.get().equals("application")
        || type.get().equals("network") && hasTlsListener(balancer, stack.graph());
  }

  @Override
  public List<CloudModel> map(Resource balancer, Stack stack) {
    if (balancer.type().equals(CLASSIC)) {
      return List.of(new LoadBalancer(balancer, classic(balancer)));
    }
    Optional<MapEntry> type = balancer.attribute("Type");
    if (type.isPresent() && type(balancer).isEmpty()) {
      return List.of(new LoadBalancer(balancer, Fact.unknown("Type", type.get().range(), type.get().value().origin())));
    }
    return List.of(new LoadBalancer(balancer, attributes(balancer)));
  }

  /** The declared type, {@code application} by default; empty when not known. */
  private static Optional<String> type(Resource balancer) {
    return balancer.attribute("Type").map(entry -> entry.value().asString()).orElse(Optional.of("application"));
  }

  private static boolean hasTlsListener(Resource balancer, ResourceGraph graph) {
    return graph.referrers(balancer, "AWS::ElasticLoadBalancingV2::Listener", "LoadBalancerArn").stream()
        .anyMatch(listener -> listener.attributes().get("Protocol").flatMap(Value::asString)
            .filter("TLS"::equals).isPresent());
  }

  private static Fact classic(Resource balancer) {
    Optional<MapEntry> policy = balancer.attribute("AccessLoggingPolicy");
    if (policy.isEmpty()) {
      return Fact.byDefault(false, "AccessLoggingPolicy", balancer.range());
    }
    Optional<Fact> leftOut = leftOut(balancer, policy.get());
    if (leftOut.isPresent()) {
      return leftOut.get();
    }
    Optional<MapValue> settings = policy.get().value().asMap();
    if (settings.isEmpty() || settings.get().entry("Enabled").isEmpty()) {
      return Fact.unknown("AccessLoggingPolicy", policy.get().range(), policy.get().value().origin());
    }
    return Fact.of(settings.get(), "Enabled", false, policy.get().range());
  }

  private static Fact attributes(Resource balancer) {
    Optional<MapEntry> entry = balancer.attribute("LoadBalancerAttributes");
    if (entry.isEmpty()) {
      return Fact.byDefault(false, ENABLED, balancer.range());
    }
    Optional<Fact> leftOut = leftOut(balancer, entry.get());
    if (leftOut.isPresent()) {
      return leftOut.get();
    }
    Optional<List<Value>> items = entry.get().value().asList();
    if (items.isEmpty()) {
      return Fact.unknown(ENABLED, entry.get().range(), entry.get().value().origin());
    }
    boolean unknownKey = false;
    for (Value item : items.get()) {
      Optional<MapValue> attribute = item.asMap();
      Optional<String> key = attribute.flatMap(map -> map.get("Key")).flatMap(Value::asString);
      if (key.isEmpty()) {
        unknownKey = true;
      } else if (key.get().equals(ENABLED)) {
        return attribute.get().entry("Value")
            .map(value -> Fact.of(value.value(), ENABLED, value.range()))
            .orElseGet(() -> Fact.unknown(ENABLED, item.range(), item.origin()));
      }
    }
    return unknownKey
        ? Fact.unknown(ENABLED, entry.get().range(), List.of())
        : Fact.byDefault(false, ENABLED, entry.get().range());
  }

  /**
   * Whether an {@code Fn::If} leaves the property {@code entry} out: its presence when a condition decides it
   * ({@link Presence}) and it is not present whatever holds; empty otherwise, where the property's value decides.
   */
  private static Optional<Fact> leftOut(Resource balancer, MapEntry entry) {
    Value value = entry.value();
    boolean conditional = value instanceof NullValue
        || value instanceof UnknownValue unknown && !unknown.alternatives().isEmpty();
    return conditional
        ? Optional.of(Presence.of(balancer.attributes(), entry.key(), balancer.range())).filter(fact -> !fact.isTrue())
        : Optional.empty();
  }
}
