package dev.bulwark.terraform.models;

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
 * {@code aws_cloudtrail}. Defaults: {@code enable_logging} true, {@code is_multi_region_trail} false,
 * {@code include_global_service_events} true (a trail without global service events does not record every region's
 * activity either), {@code enable_log_file_validation} false, and no {@code cloud_watch_logs_group_arn}. Its log
 * files are encrypted (SSE-S3), with a key of the customer's when {@code kms_key_id} names one.
 */
final class CloudTrailMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_cloudtrail");
  }

  @Override
  public List<CloudModel> map(Resource trail, Module module) {
    MapValue attributes = trail.attributes();
    Fact multiRegion = Fact.of(attributes, "is_multi_region_trail", false, trail.range());
    Fact globalEvents = Fact.of(attributes, "include_global_service_events", true, trail.range());
    return List.of(new AuditTrail(trail,
        Fact.of(attributes, "enable_logging", true, trail.range()),
        multiRegion.isTrue() && !globalEvents.isTrue() ? globalEvents : multiRegion,
        Fact.of(attributes, "enable_log_file_validation", false, trail.range()),
        Fact.names(attributes, "cloud_watch_logs_group_arn", trail.range())),
        DataStore.alwaysEncrypted(trail, "log files",
            KmsKeys.customerManaged(attributes, "kms_key_id", trail.range())));
  }
}
