package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A managed message broker (MSK, Amazon MQ).
 *
 * @param logging            whether the broker's logs are delivered: MSK broker logs to some destination; Amazon MQ
 *                           general logs, and audit logs on engines that have them
 * @param encryptedInTransit whether its clients and its brokers talk TLS only
 * @param publiclyAccessible whether its brokers have addresses on the internet, outside the VPC they are in
 */
public record MessageBroker(Resource resource, Fact logging, Fact encryptedInTransit, Fact publiclyAccessible)
    implements CloudModel, EncryptedInTransit {

  public MessageBroker {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(encryptedInTransit, "encryptedInTransit");
    Objects.requireNonNull(publiclyAccessible, "publiclyAccessible");
  }

  /** An Amazon MQ broker, which accepts TLS connections only. */
  public static MessageBroker amazonMq(Resource resource, Fact logging, Fact publiclyAccessible) {
    return new MessageBroker(resource, logging, Fact.byDefault(true, "transport", resource.range()),
        publiclyAccessible);
  }

  /**
   * Whether an MSK cluster's public access type gives its brokers public addresses: {@code SERVICE_PROVIDED_EIPS}
   * does, {@code DISABLED} (the default) does not; empty for anything else.
   */
  public static Optional<Boolean> mskPublicAccess(Value type) {
    return type.asString()
        .map(text -> text.strip().toUpperCase(Locale.ROOT))
        .flatMap(text -> switch (text) {
          case "SERVICE_PROVIDED_EIPS" -> Optional.of(true);
          case "DISABLED" -> Optional.of(false);
          default -> Optional.empty();
        });
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
