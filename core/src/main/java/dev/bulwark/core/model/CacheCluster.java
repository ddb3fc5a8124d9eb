package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory cache (ElastiCache Redis/Memcached cluster or replication group).
 *
 * @param encryptedAtRest    whether its data is encrypted at rest
 * @param encryptedInTransit whether clients talk to it over TLS
 * @param securityGroups     the security groups it is placed in (through graph references)
 * @param port               the port clients connect to (the engine's default when not set)
 * @param customerManagedKey whether a key the customer manages encrypts its data at rest; unknown where the cache
 *                           takes no key or another model states it
 */
public record CacheCluster(
    Resource resource, Fact encryptedAtRest, Fact encryptedInTransit, List<Resource> securityGroups,
    Located<Integer> port, Fact customerManagedKey)
    implements CloudModel, EncryptedAtRest, EncryptedInTransit, CustomerKeyed {

  /** The attribute of {@link #standalone} facts. */
  public static final String STANDALONE_ENGINE = "engine";

  public CacheCluster {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(encryptedAtRest, "encryptedAtRest");
    Objects.requireNonNull(encryptedInTransit, "encryptedInTransit");
    securityGroups = List.copyOf(securityGroups);
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(customerManagedKey, "customerManagedKey");
  }

  /** A cache whose key is not assessed here. */
  public CacheCluster(Resource resource, Fact encryptedAtRest, Fact encryptedInTransit, List<Resource> securityGroups,
      Located<Integer> port) {
    this(resource, encryptedAtRest, encryptedInTransit, securityGroups, port,
        Fact.unknown("kms_key_id", resource.range(), List.of()));
  }

  /**
   * Whether an ElastiCache cache accepts TLS only: its transit encryption is {@code enabled}, and its transit
   * encryption {@code mode} (an entry of that name, when given) is not {@code preferred}, which lets clients that
   * have not moved to TLS connect in plain text. {@code required} is the mode when it is not given.
   */
  public static Fact tlsOnly(Fact enabled, Optional<MapEntry> mode) {
    Fact required = mode.filter(entry -> !(entry.value() instanceof NullValue))
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range(),
            value -> value.asString().map(text -> !text.equalsIgnoreCase("preferred"))))
        .orElseGet(() -> Fact.byDefault(true, "transit_encryption_mode", enabled.range()));
    return Fact.all(List.of(enabled, required));
  }

  /**
   * The fact that a cluster outside a replication group does not encrypt what it stores or serves, which its
   * engine (the {@code engine} entry, or {@code header} when the engine is a default) decides: Redis and Valkey
   * clusters can encrypt neither at rest nor in transit unless they belong to a replication group, and Memcached
   * ones use TLS only when it is turned on at creation, which some declarations cannot do. Rules word facts whose
   * attribute is {@link #STANDALONE_ENGINE} accordingly.
   */
  public static Fact standalone(Optional<MapEntry> engine, Range header) {
    return engine.map(entry -> Fact.known(false, STANDALONE_ENGINE, entry.range(), entry.value().origin()))
        .orElseGet(() -> Fact.byDefault(false, STANDALONE_ENGINE, header));
  }

  /**
   * A serverless cache (ElastiCache Serverless) and the store behind it: always encrypted at rest and in transit,
   * with a key of the customer's as {@code key} says, reached through {@code securityGroups} on 11211 when its engine
   * (the {@code engine} entry) is Memcached and on 6379 otherwise (Redis, Valkey); an engine not known before
   * deployment leaves the port unknown.
   */
  public static List<CloudModel> serverless(Resource cache, Optional<MapEntry> engine, List<Resource> securityGroups,
      Fact key) {
    Optional<String> name = engine.flatMap(entry -> entry.value().asString());
    Located<Integer> port = engine.isPresent() && name.isEmpty()
        ? Located.unknown("port", engine.get().range(), engine.get().value().origin())
        : Located.byDefault(name.filter("memcached"::equalsIgnoreCase).isPresent() ? 11211 : 6379, "port",
            cache.range());
    Fact encrypted = Fact.byDefault(true, "encryption", cache.range());
    return List.of(new CacheCluster(cache, encrypted, encrypted, securityGroups, port),
        DataStore.alwaysEncrypted(cache, "cache", key));
  }

  /** The port {@code entry} sets, located at it; unknown when it is not a number known before deployment. */
  public static Located<Integer> port(MapEntry entry) {
    return Located.of(entry.value(), entry.key(), entry.range(), value -> value.asNumber().map(BigDecimal::intValue));
  }

  /** A cache whose port is not known. */
  public CacheCluster(Resource resource, Fact encryptedAtRest, Fact encryptedInTransit, List<Resource> securityGroups) {
    this(resource, encryptedAtRest, encryptedInTransit, securityGroups,
        Located.unknown("port", resource.range(), List.of()));
  }
}
