package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A managed message broker (MSK, Amazon MQ).
 *
 * @param logging            whether the broker's logs are delivered: MSK broker logs to some destination; Amazon MQ
 *                           general logs, and audit logs on engines that have them
 * @param encryptedInTransit whether its clients and its brokers talk TLS only
 */
public record MessageBroker(Resource resource, Fact logging, Fact encryptedInTransit)
    implements CloudModel, EncryptedInTransit {

  public MessageBroker {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(encryptedInTransit, "encryptedInTransit");
  }

  /** An Amazon MQ broker, which accepts TLS connections only. */
  public static MessageBroker amazonMq(Resource resource, Fact logging) {
    return new MessageBroker(resource, logging, Fact.byDefault(true, "transport", resource.range()));
  }

  /**
   * The storage of an Amazon MQ broker, which is always encrypted: with a key of the customer's only when
   * {@code awsOwnedKey} (whether a key AWS owns is used, true by default) is false and {@code customerKey} holds.
   * None for RabbitMQ, whose brokers always use a key AWS owns; unknown for an engine that is not known.
   */
  public static List<CloudModel> amazonMqStorage(Resource broker, Optional<Value> engineType, Fact awsOwnedKey,
      Fact customerKey) {
    Optional<String> engine = engineType.flatMap(Value::asString);
    if (engine.filter(type -> type.strip().equalsIgnoreCase("RabbitMQ")).isPresent()) {
      return List.of();
    }
    Fact key = engineType.isPresent() && engine.isEmpty()
        ? Fact.unknown("engine_type", broker.range(), engineType.get().origin())
        : awsOwnedKey.isFalse() ? customerKey : awsOwnedKey.negated();
    return List.of(DataStore.alwaysEncrypted(broker, "broker storage", key));
  }

  /**
   * Amazon MQ logging from its two logs: general, and audit on engines that have one (ActiveMQ, not RabbitMQ). A
   * broker without an engine type is taken to have an audit log; with one that is not known, a disabled audit log
   * is unknown.
   *
   * @param general    whether general logs are on
   * @param audit      whether audit logs are on
   * @param engineType the engine type, if given
   */
  public static Fact amazonMqLogging(Fact general, Fact audit, Optional<Value> engineType) {
    Optional<String> engine = engineType.flatMap(Value::asString);
    if (general.isFalse() || engine.filter(type -> type.strip().equalsIgnoreCase("RabbitMQ")).isPresent()) {
      return general;
    }
    if (audit.isFalse() && engineType.isPresent() && engine.isEmpty()) {
      return Fact.unknown(audit.attribute(), audit.range(), audit.origin());
    }
    return audit.isTrue() ? general : audit;
  }
}
