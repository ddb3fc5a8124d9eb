package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DnsZone;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_route53_zone} when public (no {@code vpc} block; a private zone's queries are logged by Resolver query
 * logging, not here): query logging is on when an {@code aws_route53_query_log} attaches by {@code zone_id}; without
 * one it is off, or unknown when a query log of the unit names an unknown zone. A zone whose {@code vpc} blocks are
 * not known may be private: unknown.
 */
final class Route53ZoneMapping implements ModelMapping {
  private static final Set<String> TYPES = Set.of("aws_route53_zone");

  @Override
  public Set<String> types() {
    return TYPES;
  }

  @Override
  public List<CloudModel> map(Resource zone, Module module) {
    NestedBlocks vpcs = NestedBlocks.of(zone.attributes(), "vpc");
    Fact isPrivate = vpcs.isMissing() ? Fact.byDefault(false, "vpc", zone.range()) : vpcs.presence("vpc");
    if (isPrivate.isTrue()) {
      return List.of();
    }
    if (isPrivate.isUnknown()) {
      return List.of(new DnsZone(zone, isPrivate));
    }
    return List.of(new DnsZone(zone, module.attachments("aws_route53_query_log", "zone_id", TYPES, Optional.empty())
        .presence(zone, "aws_route53_query_log")));
  }
}
