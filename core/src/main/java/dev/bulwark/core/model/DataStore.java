package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A managed store of data whose at-rest encryption is a setting: file systems (EFS), tables (DynamoDB), streams
 * (Kinesis), topics and queues (SNS, SQS), global databases; or a snapshot, whose encryption and key are its
 * source's.
 *
 * @param kind               what it is, e.g. {@code file system}, {@code table}, {@code stream}, {@code topic},
 *                           {@code queue}, {@link #SNAPSHOT}
 * @param encryptedAtRest    whether its data is encrypted at rest
 * @param customerManagedKey whether a key the customer manages encrypts it
 */
public record DataStore(Resource resource, String kind, Fact encryptedAtRest, Fact customerManagedKey)
    implements CloudModel, EncryptedAtRest, CustomerKeyed {
  /** The kind of a snapshot: its facts are about its source, named by the attribute each fact gives. */
  public static final String SNAPSHOT = "snapshot";
  /** The kind of a function's environment variables: the store is part of the function resource. */
  public static final String ENVIRONMENT = "environment variables";

  public DataStore {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(encryptedAtRest, "encryptedAtRest");
    Objects.requireNonNull(customerManagedKey, "customerManagedKey");
  }

  /**
   * A global database (Aurora, DocumentDB or Neptune global cluster): encrypted as its {@code encrypted} setting says,
   * unencrypted by default; made from an existing cluster ({@code source}), it has that cluster's encryption, which
   * is unknown here. Its member clusters take their encryption from it. Its key is its members'.
   */
  public static DataStore globalCluster(Resource cluster, String encrypted, String source) {
    MapValue attributes = cluster.attributes();
    Optional<MapEntry> from = attributes.entry(source).filter(entry -> !(entry.value() instanceof NullValue));
    Fact fact = from.isPresent() && attributes.entry(encrypted).isEmpty()
        ? Fact.unknown(encrypted, from.get().range(), from.get().value().origin())
        : Fact.of(attributes, encrypted, false, cluster.range());
    return new DataStore(cluster, "global database", fact, Fact.unknown("", cluster.range(), List.of()));
  }

  /**
   * A store the provider always encrypts at rest, such as a log group, whose key is the customer's as
   * {@code customerManagedKey} says.
   */
  public static DataStore alwaysEncrypted(Resource resource, String kind, Fact customerManagedKey) {
    return new DataStore(resource, kind, Fact.byDefault(true, customerManagedKey.attribute(), resource.range()),
        customerManagedKey);
  }

  /**
   * The two volumes of a virtual desktop (a WorkSpaces workspace), each encrypted as its own setting says, with the
   * workspace's key.
   */
  public static List<CloudModel> desktopVolumes(Resource desktop, Fact root, Fact user, Fact customerManagedKey) {
    return List.of(new DataStore(desktop, "root volume", root, customerManagedKey),
        new DataStore(desktop, "user volume", user, customerManagedKey));
  }

  /**
   * The environment variables of a function (AWS Lambda), which the service always encrypts at rest, with a key of
   * the customer's as {@code key} says; nothing unless {@code variables} is a mapping that sets some (missing, null,
   * empty or not known before deployment, there may be nothing to encrypt).
   */
  public static List<CloudModel> functionEnvironment(Resource function, Optional<Value> variables, Fact key) {
    boolean some = variables.filter(value -> value instanceof MapValue map && !map.entries().isEmpty()).isPresent();
    return some ? List.of(alwaysEncrypted(function, ENVIRONMENT, key)) : List.of();
  }

  /** Whether this is a snapshot of another store. */
  public boolean isSnapshot() {
    return SNAPSHOT.equals(kind);
  }
}
