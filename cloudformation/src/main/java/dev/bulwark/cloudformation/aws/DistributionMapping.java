package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.ContentDistribution;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::CloudFront::Distribution}: access logs are on when {@code DistributionConfig} has {@code Logging}
 * (standard logging), or when an {@code AWS::Logs::DeliverySource}'s {@code ResourceArn} refers to the distribution
 * (standard logging v2). Without either they are off, located at {@code DistributionConfig}.
 */
final class DistributionMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::CloudFront::Distribution");
  }

  @Override
  public List<CloudModel> map(Resource distribution, Stack stack) {
    List<Resource> sources = stack.graph().referrers(distribution, "AWS::Logs::DeliverySource", "ResourceArn");
    if (!sources.isEmpty()) {
      return List.of(new ContentDistribution(distribution,
          Fact.known(true, "AWS::Logs::DeliverySource", sources.get(0).range(), List.of())));
    }
    Optional<MapEntry> config = distribution.attribute("DistributionConfig");
    Optional<MapValue> settings = config.flatMap(entry -> entry.value().asMap());
    Fact logging;
    if (config.isEmpty()) {
      logging = Fact.byDefault(false, "Logging", distribution.range());
    } else if (settings.isEmpty()) {
      logging = Fact.unknown("Logging", config.get().range(), config.get().value().origin());
    } else {
      logging = Presence.of(settings.get(), "Logging", config.get().range());
    }
    return List.of(new ContentDistribution(distribution, logging));
  }
}
