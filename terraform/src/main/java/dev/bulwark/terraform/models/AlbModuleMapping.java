package dev.bulwark.terraform.models;

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
 * A call of {@code terraform-aws-modules/alb/aws}: its application load balancer, unless {@code create} (v9) or
 * {@code create_lb} (earlier) is false. Access logs are on when the {@code access_logs} map is given with
 * {@code enabled} true, or without {@code enabled} but with a {@code bucket} (the module's default); without the map
 * there are none. A network load balancer (TLS listeners unknown here) or a gateway one is not modelled; an unknown
 * {@code load_balancer_type} leaves the logs unknown.
 */
final class AlbModuleMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("terraform-aws-modules/alb/aws");
  }

  @Override
  public List<CloudModel> map(Resource call, Module module) {
    if (!ModuleArguments.creates(call, "create", "create_lb")) {
      return List.of();
    }
    Optional<MapEntry> type = ModuleArguments.argument(call, "load_balancer_type");
    Optional<String> known = type.isEmpty() ? Optional.of("application") : type.get().value().asString();
    if (known.isEmpty()) {
      return List.of(new LoadBalancer(call,
          Fact.unknown("load_balancer_type", type.get().range(), type.get().value().origin())));
    }
    return known.get().equals("application") ? List.of(new LoadBalancer(call, accessLogs(call))) : List.of();
  }

  private static Fact accessLogs(Resource call) {
    Fact configured = ModuleArguments.configured(call, "access_logs");
    Optional<MapEntry> argument = ModuleArguments.argument(call, "access_logs");
    Optional<MapValue> settings = argument.flatMap(entry -> entry.value().asMap());
    if (!configured.isTrue() || settings.isEmpty()) {
      return configured;
    }
    boolean hasBucket = settings.get().entry("bucket").isPresent();
    return Fact.of(settings.get(), "enabled", hasBucket, argument.get().range());
  }
}
