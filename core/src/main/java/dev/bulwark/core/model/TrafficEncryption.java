package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * Whether a service's traffic is encrypted, for services whose other models do not say: how clients connect to a
 * Cloud SQL instance or an Azure database server, what an EMR security configuration encrypts.
 *
 * @param encryptedInTransit whether the traffic is encrypted (for a database: whether it accepts encrypted
 *                           connections only)
 */
public record TrafficEncryption(Resource resource, Fact encryptedInTransit)
    implements CloudModel, EncryptedInTransit {
  public TrafficEncryption {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(encryptedInTransit, "encryptedInTransit");
  }
}
