package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * The audit logging a Google Cloud project, folder or organization asks of the services it names (an IAM audit
 * configuration): Admin Activity logs are always written, Data Access logs only for the log types it enables.
 *
 * @param allDataAccessLogged whether every read and write of data is logged, for every member: false when a log type
 *                            exempts members, or when the configuration for all services leaves {@code DATA_READ} or
 *                            {@code DATA_WRITE} off
 */
public record AuditLogConfig(Resource resource, Fact allDataAccessLogged) implements CloudModel {
  public AuditLogConfig {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(allDataAccessLogged, "allDataAccessLogged");
  }
}
