package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_mq_broker}: logging is on when its {@code logs} block has {@code general = true} and, on ActiveMQ,
 * {@code audit = true} ({@link MessageBroker#amazonMqLogging}: RabbitMQ has no audit log). Both default to false.
 * Its storage is encrypted with a key AWS owns unless {@code encryption_options} sets {@code use_aws_owned_key} to
 * false, and with a key of the customer's when {@code kms_key_id} names one (the AWS managed key otherwise). It is
 * reachable from the internet with {@code publicly_accessible = true} (false by default).
 */
final class MqBrokerMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_mq_broker");
  }

  @Override
  public List<CloudModel> map(Resource broker, Module module) {
    List<CloudModel> models = new ArrayList<>();
    models.add(MessageBroker.amazonMq(broker, logs(broker),
        Fact.of(broker.attributes(), "publicly_accessible", false, broker.range())));
    NestedBlocks options = NestedBlocks.of(broker.attributes(), "encryption_options");
    if (options.isMissing()) {
      Fact awsOwned = Fact.byDefault(true, "encryption_options", broker.range());
      models.addAll(MessageBroker.amazonMqStorage(broker, engine(broker), awsOwned, awsOwned.negated()));
    } else if (options.known().isEmpty()) {
      Fact declared = options.presence("encryption_options");
      models.addAll(MessageBroker.amazonMqStorage(broker, engine(broker), declared.negated(), declared));
    } else {
      MapValue settings = options.known().get(0);
      Range at = options.entry().orElseThrow().range();
      models.addAll(MessageBroker.amazonMqStorage(broker, engine(broker),
          Fact.of(settings, "use_aws_owned_key", true, at), KmsKeys.customerManaged(settings, "kms_key_id", at)));
    }
    return models;
  }

  private static Optional<Value> engine(Resource broker) {
    return broker.attributes().get("engine_type");
  }

  private static Fact logs(Resource broker) {
    NestedBlocks blocks = NestedBlocks.of(broker.attributes(), "logs");
    if (blocks.isMissing()) {
      return Fact.byDefault(false, "logs", broker.range());
    }
    if (blocks.known().isEmpty()) {
      return blocks.presence("logs");
    }
    MapValue logs = blocks.known().get(0);
    Fact general = Fact.of(logs, "general", false, blocks.entry().orElseThrow().range());
    Fact audit = Fact.of(logs, "audit", false, blocks.entry().orElseThrow().range());
    return MessageBroker.amazonMqLogging(general, audit, engine(broker));
  }
}
