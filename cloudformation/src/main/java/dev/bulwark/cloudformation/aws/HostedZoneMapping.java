package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DnsZone;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::Route53::HostedZone} when public (without {@code VPCs}; a private zone cannot log queries here): query
 * logging is on when {@code QueryLoggingConfig} is present. A zone whose {@code VPCs} may be present is unknown.
 */
final class HostedZoneMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::Route53::HostedZone");
  }

  @Override
  public boolean applies(Resource zone, Stack stack) {
    return !Presence.of(zone.attributes(), "VPCs", zone.range()).isTrue();
  }

  @Override
  public List<CloudModel> map(Resource zone, Stack stack) {
    Fact isPrivate = Presence.of(zone.attributes(), "VPCs", zone.range());
    return List.of(new DnsZone(zone, isPrivate.isFalse()
        ? Presence.of(zone.attributes(), "QueryLoggingConfig", zone.range())
        : Fact.unknown("VPCs", isPrivate.range(), isPrivate.origin())));
  }
}
