package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A logging parameter of a PostgreSQL server, such as {@code log_connections}: a Cloud SQL database flag, an Azure
 * server configuration (then the configuration is the resource), or a setting of an RDS or Aurora parameter group
 * (then the group is). Built by {@link PostgresLogging}.
 *
 * @param enabled        whether the parameter is on; its attribute is the parameter's name
 * @param parameterGroup whether the resource is a parameter group that servers use (RDS, Aurora), not a server or
 *                       its configuration
 */
public record DatabaseLogParameter(Resource resource, Fact enabled, boolean parameterGroup) implements CloudModel {
  public DatabaseLogParameter {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(enabled, "enabled");
  }

  /** A logging parameter of a server (a Cloud SQL flag, an Azure configuration). */
  public DatabaseLogParameter(Resource resource, Fact enabled) {
    this(resource, enabled, false);
  }
}
