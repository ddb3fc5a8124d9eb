package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.MessageBroker;
import java.util.List;
import java.util.stream.Stream;

/**
 * A call of {@code cloudposse/msk-apache-kafka-cluster/aws}: its cluster, unless {@code enabled} is false. Broker
 * logs go where {@code cloudwatch_logs_enabled}, {@code firehose_logs_enabled} or {@code s3_logs_enabled} send
 * them (all false by default; with none on, the finding points at the first written false). Clients use TLS unless
 * {@code client_broker} says otherwise ({@code TLS} by default), brokers unless {@code encryption_in_cluster} is
 * false; brokers have public addresses only with {@code public_access_enabled} (false by default).
 */
final class CloudPosseMskModuleMapping extends RegistryModuleMapping {
  private static final List<String> LOG_DESTINATIONS = List.of("cloudwatch_logs_enabled", "firehose_logs_enabled",
      "s3_logs_enabled");

  CloudPosseMskModuleMapping() {
    super("cloudposse/msk-apache-kafka-cluster/aws", "enabled");
  }

  @Override
  CloudModel model(Resource call) {
    List<Fact> destinations = LOG_DESTINATIONS.stream()
        .map(input -> Fact.of(call.attributes(), input, false, call.range())).toList();
    Fact logs = Fact.anyWritten(destinations);
    Fact clientBroker = ModuleArguments.argument(call, "client_broker")
        .map(entry -> Fact.of(entry.value(), "client_broker", entry.range(), MskClusterMapping::tlsOnly))
        .orElseGet(() -> Fact.byDefault(true, "client_broker", call.range()));
    Fact inTransit = Fact.all(Stream.of(clientBroker,
        Fact.of(call.attributes(), "encryption_in_cluster", true, call.range())).toList());
    return new MessageBroker(call, logs, inTransit,
        Fact.of(call.attributes(), "public_access_enabled", false, call.range()));
  }
}
