package dev.bulwark.cloudformation.aws;

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
 * {@code AWS::CloudTrail::Trail}. {@code IsLogging} is required (unknown when missing); defaults:
 * {@code IsMultiRegionTrail} false, {@code IncludeGlobalServiceEvents} true, {@code EnableLogFileValidation} false,
 * and no {@code CloudWatchLogsLogGroupArn}. Its log files are encrypted (SSE-S3), with a key of the customer's when
 * {@code KMSKeyId} names one.
 */
final class TrailMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::CloudTrail::Trail");
  }

  @Override
  public List<CloudModel> map(Resource trail, Stack stack) {
    MapValue properties = trail.attributes();
    Fact logging = properties.entry("IsLogging").isPresent()
        ? Fact.of(properties, "IsLogging", true, trail.range())
        : Fact.unknown("IsLogging", trail.range(), List.of());
    Fact multiRegion = Fact.of(properties, "IsMultiRegionTrail", false, trail.range());
    Fact globalEvents = Fact.of(properties, "IncludeGlobalServiceEvents", true, trail.range());
    return List.of(new AuditTrail(trail, logging,
        multiRegion.isTrue() && !globalEvents.isTrue() ? globalEvents : multiRegion,
        Fact.of(properties, "EnableLogFileValidation", false, trail.range()),
        Fact.names(properties, "CloudWatchLogsLogGroupArn", trail.range())),
        DataStore.alwaysEncrypted(trail, "log files", KmsKeys.customerManaged(properties, "KMSKeyId", trail.range())));
  }
}
