package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_mq_broker}: logging is on when its {@code logs} block has {@code general = true} and, on ActiveMQ,
 * {@code audit = true} ({@link MessageBroker#amazonMqLogging}: RabbitMQ has no audit log). Both default to false.
 */
final class MqBrokerMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_mq_broker");
  }

  @Override
  public List<CloudModel> map(Resource broker, Module module) {
    return List.of(MessageBroker.amazonMq(broker, logs(broker)));
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
    return MessageBroker.amazonMqLogging(general, audit, broker.attributes().get("engine_type"));
  }
}
