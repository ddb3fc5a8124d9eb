package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * {@code community.aws.mq_broker}: logging is on when {@code enable_general_log} is true and, on ActiveMQ (the
 * default {@code engine_type}), {@code enable_audit_log} too ({@link MessageBroker#amazonMqLogging}); both default
 * to false. A task that only reboots a broker ({@code state: restarted}) declares nothing.
 */
final class MqBrokerMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("community.aws.mq_broker");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    MapValue arguments = task.attributes();
    boolean restarts = Args.entry(arguments, "state")
        .flatMap(entry -> entry.value().asString())
        .filter("restarted"::equals)
        .isPresent();
    if (restarts) {
      return List.of();
    }
    Fact general = Args.flag(arguments, "enable_general_log", false, task.range());
    Fact audit = Args.flag(arguments, "enable_audit_log", false, task.range());
    return List.of(MessageBroker.amazonMq(task, MessageBroker.amazonMqLogging(general, audit,
        Args.entry(arguments, "engine_type").map(MapEntry::value))));
  }
}
