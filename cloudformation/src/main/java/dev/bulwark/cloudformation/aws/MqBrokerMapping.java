package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::AmazonMQ::Broker}: logging is on when {@code Logs.General} is true and, on ActiveMQ,
 * {@code Logs.Audit} too ({@link MessageBroker#amazonMqLogging}: RabbitMQ has no audit log). Both default to
 * false; a missing one is located at {@code Logs}. Its storage is encrypted with a key AWS owns unless
 * {@code EncryptionOptions.UseAwsOwnedKey} is false, and with a key of the customer's when {@code KmsKeyId} names
 * one (the AWS managed key otherwise). It is reachable from the internet with {@code PubliclyAccessible: true}.
 */
final class MqBrokerMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::AmazonMQ::Broker");
  }

  @Override
  public List<CloudModel> map(Resource broker, Stack stack) {
    List<CloudModel> models = new ArrayList<>();
    models.add(MessageBroker.amazonMq(broker, logs(broker),
        NestedProperty.of(broker, "PubliclyAccessible").flag(false)));
    NestedProperty options = NestedProperty.of(broker, "EncryptionOptions");
    Fact awsOwned = options.entry()
        .map(entry -> entry.value().asMap()
            .map(settings -> Fact.of(settings, "UseAwsOwnedKey", true, entry.range()))
            .orElseGet(() -> Fact.unknown(entry.key(), entry.range(), entry.value().origin())))
        .orElseGet(() -> options.absent(true));
    models.addAll(MessageBroker.amazonMqStorage(broker, engine(broker), awsOwned, options.customerKey("KmsKeyId")));
    return models;
  }

  private static Optional<Value> engine(Resource broker) {
    return broker.attribute("EngineType").map(MapEntry::value);
  }

  private static Fact logs(Resource broker) {
    NestedProperty logs = NestedProperty.of(broker, "Logs");
    if (logs.entry().isEmpty()) {
      return logs.absent(false);
    }
    MapEntry entry = logs.entry().get();
    Optional<MapValue> settings = entry.value().asMap();
    if (settings.isEmpty()) {
      return Fact.unknown(entry.key(), entry.range(), entry.value().origin());
    }
    return MessageBroker.amazonMqLogging(Fact.of(settings.get(), "General", false, entry.range()),
        Fact.of(settings.get(), "Audit", false, entry.range()),
        engine(broker));
  }
}
