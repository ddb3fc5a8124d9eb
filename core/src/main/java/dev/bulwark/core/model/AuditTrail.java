package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * An account activity trail (CloudTrail).
 *
 * @param logging           whether the trail is logging
 * @param multiRegion       whether it records every region
 * @param logFileValidation whether log file integrity validation is on
 * @param cloudWatchLogs    whether events are also delivered to a CloudWatch Logs log group
 */
public record AuditTrail(Resource resource, Fact logging, Fact multiRegion, Fact logFileValidation,
    Fact cloudWatchLogs) implements CloudModel {

  public AuditTrail {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(multiRegion, "multiRegion");
    Objects.requireNonNull(logFileValidation, "logFileValidation");
    Objects.requireNonNull(cloudWatchLogs, "cloudWatchLogs");
  }
}
