package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.AuditTrail;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * {@code amazon.aws.cloudtrail}, unless {@code state: disabled} (an old name of {@code absent}). Defaults:
 * {@code enable_logging} true, {@code is_multi_region_trail} false, {@code include_global_events} (alias
 * {@code include_global_service_events}) true; without {@code enable_log_file_validation} (alias
 * {@code log_file_validation_enabled}) the module leaves it to CloudTrail, which creates trails without it; without
 * {@code cloudwatch_logs_log_group_arn} events go to S3 only. Log files are encrypted (SSE-S3), with a key of the
 * customer's when {@code kms_key_id} names one.
 */
final class CloudTrailMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.cloudtrail");
  }

  @Override
  public List<CloudModel> map(Resource trail, UnitResources unit) {
    MapValue arguments = trail.attributes();
    if (Args.entry(arguments, "state").flatMap(entry -> entry.value().asString()).filter("disabled"::equals)
        .isPresent()) {
      return List.of();
    }
    Fact multiRegion = Args.flag(arguments, "is_multi_region_trail", false, trail.range());
    Fact globalEvents = Args.entry(arguments, "include_global_events", "include_global_service_events")
        .map(entry -> Args.fact(entry.value(), "include_global_events", entry.range()))
        .orElseGet(() -> Fact.byDefault(true, "include_global_events", trail.range()));
    Fact validation = Args.entry(arguments, "enable_log_file_validation", "log_file_validation_enabled")
        .map(entry -> Args.fact(entry.value(), "enable_log_file_validation", entry.range()))
        .orElseGet(() -> Fact.byDefault(false, "enable_log_file_validation", trail.range()));
    return List.of(new AuditTrail(trail,
        Args.flag(arguments, "enable_logging", true, trail.range()),
        multiRegion.isTrue() && !globalEvents.isTrue() ? globalEvents : multiRegion,
        validation,
        Fact.names(arguments, "cloudwatch_logs_log_group_arn", trail.range())),
        DataStore.alwaysEncrypted(trail, "log files", KmsKeys.customerManaged(arguments, "kms_key_id", trail.range())));
  }
}
