package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
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
 * {@code logging} none is enabled. Traffic is encrypted in transit unless {@code encryption.in_transit} lets clients
 * ({@code client_broker}) or brokers ({@code in_cluster}) talk plain text. Its storage is encrypted, with a key of
 * the customer's when {@code encryption.kms_key_id} names one. The module has no option for public access, and
 * MSK creates clusters without it.
 */
final class MskClusterMapping implements ModuleMapping {
  private static final List<String> DESTINATIONS = List.of("cloudwatch", "firehose", "s3");

  @Override
  public Set<String> modules() {
    return Set.of("community.aws.msk_cluster");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    return List.of(new MessageBroker(task, logging(task), inTransit(task),
        Fact.byDefault(false, "public_access", task.range())),
        DataStore.alwaysEncrypted(task, "broker storage", Args.customerKey(task, "encryption", "kms_key_id")));
  }


  /**
   * TLS between clients and brokers ({@code encryption.in_transit.client_broker}, {@code TLS} by default;
   * {@code TLS_PLAINTEXT} and {@code PLAINTEXT} admit plain text) and between brokers ({@code in_cluster}, true by
   * default).
   */
  private static Fact inTransit(Resource task) {
    MapValue parent = task.attributes();
    for (String key : List.of("encryption", "in_transit")) {
      Optional<MapEntry> entry = Args.entry(parent, key);
      if (entry.isEmpty()) {
        return Fact.byDefault(true, key, task.range());
      }
      Optional<MapValue> next = entry.get().value().asMap();
      if (next.isEmpty()) {
        return Fact.unknown(key, entry.get().range(), entry.get().value().origin());
      }
      parent = next.get();
    }
    MapValue settings = parent;
    Fact clientBroker = Args.entry(settings, "client_broker")
        .map(entry -> Fact.of(entry.value(), "client_broker", entry.range(),
            value -> value.asString().map(mode -> mode.equalsIgnoreCase("TLS"))))
        .orElseGet(() -> Fact.byDefault(true, "client_broker", settings.range()));
    return Fact.all(List.of(clientBroker, Args.flag(settings, "in_cluster", true, settings.range())));
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
