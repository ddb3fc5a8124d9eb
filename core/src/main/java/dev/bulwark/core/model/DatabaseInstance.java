package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * A managed database or database cluster (RDS, Aurora, Redshift, DocumentDB, Neptune, DMS, Azure SQL, PostgreSQL and
 * MySQL servers, Cloud SQL). A fact that does not apply to a service is unknown. A firewall rule whose server is
 * not in the unit stands for that server: its model knows only the addresses the rule admits.
 *
 * @param publiclyAccessible whether it gets an address reachable from the internet
 * @param storageEncrypted   whether its storage is encrypted at rest
 * @param allowedSources     address ranges its own firewall (authorized networks, server firewall rules) admits
 * @param logging            whether its logs (log exports, audit logging) are delivered somewhere
 * @param customerManagedKey whether a key the customer manages encrypts its storage (unknown where not read)
 * @param kind               what it is, as findings name it: {@code database} unless said otherwise (a search service)
 */
public record DatabaseInstance(
    Resource resource, Fact publiclyAccessible, Fact storageEncrypted, List<Located<String>> allowedSources,
    Fact logging, Fact customerManagedKey, String kind) implements CloudModel, EncryptedAtRest, CustomerKeyed {
  private static final String DATABASE = "database";

  public DatabaseInstance {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(publiclyAccessible, "publiclyAccessible");
    Objects.requireNonNull(storageEncrypted, "storageEncrypted");
    allowedSources = List.copyOf(allowedSources);
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(customerManagedKey, "customerManagedKey");
    Objects.requireNonNull(kind, "kind");
  }

  /** A database. */
  public DatabaseInstance(Resource resource, Fact publiclyAccessible, Fact storageEncrypted,
      List<Located<String>> allowedSources, Fact logging, Fact customerManagedKey) {
    this(resource, publiclyAccessible, storageEncrypted, allowedSources, logging, customerManagedKey, DATABASE);
  }

  /** A database whose key is not read. */
  public DatabaseInstance(Resource resource, Fact publiclyAccessible, Fact storageEncrypted,
      List<Located<String>> allowedSources, Fact logging) {
    this(resource, publiclyAccessible, storageEncrypted, allowedSources, logging,
        Fact.unknown("", resource.range(), List.of()));
  }

  /** A database without its own firewall and whose logging is not known. */
  public DatabaseInstance(Resource resource, Fact publiclyAccessible, Fact storageEncrypted) {
    this(resource, publiclyAccessible, storageEncrypted, List.of(), Fact.unknown("", resource.range(), List.of()));
  }

  /**
   * This database with the key its storage is encrypted with: {@code key} (whether a key of the customer's, as
   * {@link KmsKeys#customerManaged} reads it) when the storage is encrypted, else the storage's own fact (unencrypted,
   * or not known here, as for a replica or an Aurora instance, whose key is elsewhere).
   */
  public DatabaseInstance withKey(Fact key) {
    return new DatabaseInstance(resource, publiclyAccessible, storageEncrypted, allowedSources, logging,
        storageEncrypted.isTrue() ? key : storageEncrypted, kind);
  }

  /**
   * The address ranges a firewall admits through a public endpoint: none when {@code publicEndpoint} is known not to
   * exist (a server whose public network access is off, an instance without a public IP), as its rules then apply to
   * nothing; else {@code sources}.
   */
  public static List<Located<String>> throughEndpoint(Fact publicEndpoint, List<Located<String>> sources) {
    return publicEndpoint.isFalse() ? List.of() : sources;
  }

  /** This data service, named {@code kind} in findings (e.g. {@code search service}). */
  public DatabaseInstance named(String kind) {
    return new DatabaseInstance(resource, publiclyAccessible, storageEncrypted, allowedSources, logging,
        customerManagedKey, kind);
  }

  @Override
  public Fact encryptedAtRest() {
    return storageEncrypted;
  }
}
