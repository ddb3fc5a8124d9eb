package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A managed database instance (RDS, Aurora instance, ...).
 *
 * @param publiclyAccessible whether it gets an address reachable from the internet
 * @param storageEncrypted   whether its storage is encrypted at rest
 */
public record DatabaseInstance(Resource resource, Fact publiclyAccessible, Fact storageEncrypted)
    implements CloudModel, EncryptedAtRest {

  public DatabaseInstance {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(publiclyAccessible, "publiclyAccessible");
    Objects.requireNonNull(storageEncrypted, "storageEncrypted");
  }

  @Override
  public Fact encryptedAtRest() {
    return storageEncrypted;
  }
}
