package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::MSK::Cluster}: broker logs are delivered when a destination of {@code LoggingInfo.BrokerLogs}
 * ({@code CloudWatchLogs}, {@code Firehose}, {@code S3}) has {@code Enabled: true}. MSK delivers none by default;
 * a missing key is located at the deepest enclosing key that exists, a disabled destination at its
 * {@code Enabled} (the first one, when none is enabled).
 */
final class MskClusterMapping implements ModelMapping {
  private static final List<String> DESTINATIONS = List.of("CloudWatchLogs", "Firehose", "S3");

  @Override
  public Set<String> types() {
    return Set.of("AWS::MSK::Cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, ResourceGraph graph) {
    return List.of(new MessageBroker(cluster, brokerLogs(cluster)));
  }

  private static Fact brokerLogs(Resource cluster) {
    NestedProperty brokerLogs = NestedProperty.of(cluster, "LoggingInfo", "BrokerLogs");
    if (brokerLogs.entry().isEmpty()) {
      return brokerLogs.absent(false);
    }
    MapEntry entry = brokerLogs.entry().get();
    Optional<MapValue> logs = entry.value().asMap();
    if (logs.isEmpty()) {
      return Fact.unknown(entry.key(), entry.range(), entry.value().origin());
    }
    List<Fact> destinations = new ArrayList<>();
    for (String name : DESTINATIONS) {
      NestedProperty destination = NestedProperty.of(logs.get(), entry.range(), name);
      destination.entry().ifPresent(present -> destinations.add(present.value().asMap()
          .map(settings -> Fact.of(settings, "Enabled", false, present.range()))
          .orElseGet(() -> Fact.unknown(name, present.range(), present.value().origin()))));
    }
    return destinations.isEmpty() ? Fact.byDefault(false, entry.key(), entry.range()) : Fact.any(destinations);
  }
}
