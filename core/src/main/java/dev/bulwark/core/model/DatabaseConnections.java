package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * How clients connect to a managed database (Cloud SQL).
 *
 * @param encryptedInTransit whether the database accepts encrypted connections only
 */
public record DatabaseConnections(Resource resource, Fact encryptedInTransit)
    implements CloudModel, EncryptedInTransit {
  public DatabaseConnections {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(encryptedInTransit, "encryptedInTransit");
  }
}
