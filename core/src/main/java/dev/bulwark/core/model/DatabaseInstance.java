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
 */
public record DatabaseInstance(
    Resource resource, Fact publiclyAccessible, Fact storageEncrypted, List<Located<String>> allowedSources,
    Fact logging) implements CloudModel, EncryptedAtRest {

  public DatabaseInstance {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(publiclyAccessible, "publiclyAccessible");
    Objects.requireNonNull(storageEncrypted, "storageEncrypted");
    allowedSources = List.copyOf(allowedSources);
    Objects.requireNonNull(logging, "logging");
  }

  /** A database without its own firewall and whose logging is not known. */
  public DatabaseInstance(Resource resource, Fact publiclyAccessible, Fact storageEncrypted) {
    this(resource, publiclyAccessible, storageEncrypted, List.of(), Fact.unknown("", resource.range(), List.of()));
  }

  @Override
  public Fact encryptedAtRest() {
    return storageEncrypted;
  }
}
