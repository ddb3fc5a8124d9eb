package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
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
 * {@code community.aws.msk_cluster}: broker logs are delivered when a destination of {@code logging}
 * ({@code cloudwatch}, {@code firehose}, {@code s3}) has {@code enabled: true}; each defaults to false, and without
 * {@code logging} none is enabled.
 */
final class MskClusterMapping implements ModuleMapping {
  private static final List<String> DESTINATIONS = List.of("cloudwatch", "firehose", "s3");

  @Override
  public Set<String> modules() {
    return Set.of("community.aws.msk_cluster");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    return List.of(new MessageBroker(task, logging(task)));
  }

  private static Fact logging(Resource task) {
    Optional<MapEntry> logging = Args.entry(task.attributes(), "logging");
    if (logging.isEmpty()) {
      return Fact.byDefault(false, "logging", task.range());
    }
    Optional<MapValue> destinations = logging.get().value().asMap();
    if (destinations.isEmpty()) {
      return Fact.unknown("logging", logging.get().range(), logging.get().value().origin());
    }
    List<Fact> facts = new ArrayList<>();
    for (String name : DESTINATIONS) {
      Args.entry(destinations.get(), name).ifPresent(destination -> facts.add(destination.value().asMap()
          .map(settings -> Args.flag(settings, "enabled", false, destination.range()))
          .orElseGet(() -> Fact.unknown(name, destination.range(), destination.value().origin()))));
    }
    return facts.isEmpty() ? Fact.byDefault(false, "logging", logging.get().range()) : Fact.any(facts);
  }
}
