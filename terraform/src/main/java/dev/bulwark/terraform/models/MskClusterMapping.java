package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_msk_cluster}: broker logs are delivered when a destination under {@code logging_info.broker_logs}
 * ({@code cloudwatch_logs}, {@code firehose}, {@code s3}) has {@code enabled = true}. MSK delivers none by default;
 * a missing block is located at the deepest enclosing block that exists, a disabled destination at its
 * {@code enabled} (the first one, when none is enabled). Traffic is encrypted in transit unless
 * {@code encryption_info.encryption_in_transit} lets clients ({@code client_broker}) or brokers ({@code in_cluster})
 * talk plain text. Its storage is encrypted, with a key of the customer's when
 * {@code encryption_info.encryption_at_rest_kms_key_arn} names one. Its brokers are reachable from the internet
 * when {@code broker_node_group_info.connectivity_info.public_access.type} is {@code SERVICE_PROVIDED_EIPS}
 * ({@code DISABLED} by default).
 */
final class MskClusterMapping implements ModelMapping {
  private static final List<String> DESTINATIONS = List.of("cloudwatch_logs", "firehose", "s3");

  @Override
  public Set<String> types() {
    return Set.of("aws_msk_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    return List.of(new MessageBroker(cluster, brokerLogs(cluster), inTransit(cluster), publicAccess(cluster)),
        DataStore.alwaysEncrypted(cluster, "broker storage", atRestKey(cluster)));
  }

  /** A key of the customer's when {@code encryption_info} names one; MSK uses the AWS managed key otherwise. */
  private static Fact atRestKey(Resource cluster) {
    return NestedBlocks.first(cluster.attributes(), "encryption_info", cluster.range(),
        (info, at) -> KmsKeys.customerManaged(info, "encryption_at_rest_kms_key_arn", at));
  }

  /** Public addresses for the brokers, from {@code broker_node_group_info.connectivity_info.public_access.type}. */
  private static Fact publicAccess(Resource cluster) {
    return NestedBlocks.path(cluster.attributes(), cluster.range(), false,
        (access, at) -> access.entry("type")
            .map(type -> Fact.of(type.value(), "public_access.type", type.range(), MessageBroker::mskPublicAccess))
            .orElseGet(() -> Fact.byDefault(false, "type", at)),
        "broker_node_group_info", "connectivity_info", "public_access");
  }

  /**
   * TLS between clients and brokers ({@code client_broker}, {@code TLS} by default; {@code TLS_PLAINTEXT} and
   * {@code PLAINTEXT} admit plain text) and between brokers ({@code in_cluster}, true by default), under
   * {@code encryption_info.encryption_in_transit}.
   */
  private static Fact inTransit(Resource cluster) {
    return NestedBlocks.path(cluster.attributes(), cluster.range(), true, (settings, at) -> {
      Fact clientBroker = settings.entry("client_broker")
          .map(entry -> Fact.of(entry.value(), "client_broker", entry.range(), MskClusterMapping::tlsOnly))
          .orElseGet(() -> Fact.byDefault(true, "client_broker", at));
      return Fact.all(List.of(clientBroker, Fact.of(settings, "in_cluster", true, at)));
    }, "encryption_info", "encryption_in_transit");
  }

  private static Fact brokerLogs(Resource cluster) {
    return NestedBlocks.path(cluster.attributes(), cluster.range(), false, (logs, at) -> {
      List<Fact> destinations = new ArrayList<>();
      for (String destination : DESTINATIONS) {
        NestedBlocks blocks = NestedBlocks.of(logs, destination);
        if (!blocks.known().isEmpty()) {
          destinations.add(Fact.of(blocks.known().get(0), "enabled", false, blocks.entry().orElseThrow().range()));
        } else if (blocks.hasUnknown()) {
          destinations.add(blocks.presence(destination));
        }
      }
      return destinations.isEmpty() ? Fact.byDefault(false, "broker_logs", at) : Fact.any(destinations);
    }, "logging_info", "broker_logs");
  }

  /** Whether a {@code client_broker} setting admits TLS clients only: {@code TLS} does. */
  static Optional<Boolean> tlsOnly(Value mode) {
    return mode.asString().map(text -> text.equalsIgnoreCase("TLS"));
  }
}
