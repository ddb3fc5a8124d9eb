package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code community.aws.mq_broker}: logging is on when {@code enable_general_log} is true and, on ActiveMQ (the
 * default {@code engine_type}), {@code enable_audit_log} too ({@link MessageBroker#amazonMqLogging}); both default
 * to false. A task that only reboots a broker ({@code state: restarted}) declares nothing. The module creates a
 * broker with {@code UseAwsOwnedKey} false whatever {@code use_aws_owned_key} says, so its storage is encrypted with
 * the key {@code kms_key_id} names, or with the AWS managed key. A broker created with
 * {@code publicly_accessible: true} is reachable from the internet (false by default; it cannot be changed later).
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
    Optional<Value> engine = Args.entry(arguments, "engine_type").map(MapEntry::value);
    List<CloudModel> models = new ArrayList<>();
    models.add(MessageBroker.amazonMq(task, MessageBroker.amazonMqLogging(general, audit, engine),
        Args.flag(arguments, "publicly_accessible", false, task.range())));
    models.addAll(MessageBroker.amazonMqStorage(task, engine, Fact.byDefault(false, "use_aws_owned_key", task.range()),
        KmsKeys.customerManaged(arguments, "kms_key_id", task.range())));
    return models;
  }
}
