package dev.bulwark.cloudformation.aws;

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
 * {@code AWS::MSK::Cluster}: broker logs are delivered when a destination of {@code LoggingInfo.BrokerLogs}
 * ({@code CloudWatchLogs}, {@code Firehose}, {@code S3}) has {@code Enabled: true}. MSK delivers none by default;
 * a missing key is located at the deepest enclosing key that exists, a disabled destination at its
 * {@code Enabled} (the first one, when none is enabled). Traffic is encrypted in transit unless
 * {@code EncryptionInfo.EncryptionInTransit} lets clients ({@code ClientBroker}) or brokers ({@code InCluster}) talk
 * plain text. Its storage is encrypted, with a key of the customer's when
 * {@code EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId} names one. Its brokers are reachable from the internet
 * when {@code BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type} is {@code SERVICE_PROVIDED_EIPS}
 * ({@code DISABLED} by default).
 */
final class MskClusterMapping implements ModelMapping {
  private static final List<String> DESTINATIONS = List.of("CloudWatchLogs", "Firehose", "S3");

  @Override
  public Set<String> types() {
    return Set.of("AWS::MSK::Cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Stack stack) {
    return List.of(new MessageBroker(cluster, brokerLogs(cluster), inTransit(cluster), publicAccess(cluster)),
        DataStore.alwaysEncrypted(cluster, "broker storage",
            NestedProperty.of(cluster, "EncryptionInfo", "EncryptionAtRest").customerKey("DataVolumeKMSKeyId")));
  }

  /** Public addresses for the brokers, from {@code BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type}. */
  private static Fact publicAccess(Resource cluster) {
    return NestedProperty.of(cluster, "BrokerNodeGroupInfo", "ConnectivityInfo", "PublicAccess", "Type")
        .read("PublicAccess.Type", MessageBroker::mskPublicAccess, false);
  }

  /**
   * TLS between clients and brokers ({@code ClientBroker}, {@code TLS} by default; {@code TLS_PLAINTEXT} and
   * {@code PLAINTEXT} admit plain text) and between brokers ({@code InCluster}, true by default), under
   * {@code EncryptionInfo.EncryptionInTransit}.
   */
  private static Fact inTransit(Resource cluster) {
    NestedProperty clientBroker = NestedProperty.of(cluster, "EncryptionInfo", "EncryptionInTransit", "ClientBroker");
    Fact clients = clientBroker.entry()
        .map(entry -> Fact.of(entry.value(), "ClientBroker", entry.range(),
            value -> value.asString().map(mode -> mode.equalsIgnoreCase("TLS"))))
        .orElseGet(() -> clientBroker.absent(true));
    return Fact.all(List.of(clients,
        NestedProperty.of(cluster, "EncryptionInfo", "EncryptionInTransit", "InCluster").flag(true)));
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
