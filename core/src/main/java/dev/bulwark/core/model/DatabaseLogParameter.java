package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A logging parameter of a PostgreSQL server, such as {@code log_connections}: a Cloud SQL database flag, or an
 * Azure server configuration (then the configuration is the resource). Built by {@link PostgresLogging}.
 *
 * @param enabled whether the parameter is on; its attribute is the parameter's name
 */
public record DatabaseLogParameter(Resource resource, Fact enabled) implements CloudModel {
  public DatabaseLogParameter {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(enabled, "enabled");
  }
}
