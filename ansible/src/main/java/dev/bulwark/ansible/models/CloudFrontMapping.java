package dev.bulwark.ansible.models;

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
 * {@code community.aws.cloudfront_distribution}: access logs are on when {@code logging.enabled} is true (a setting
 * the module requires once {@code logging} is given: unknown when missing). Without {@code logging}, a distribution
 * the task creates logs nothing; one it updates by {@code distribution_id} keeps its setting (unknown).
 */
final class CloudFrontMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("community.aws.cloudfront_distribution");
  }

  @Override
  public List<CloudModel> map(Resource distribution, UnitResources unit) {
    Optional<MapEntry> logging = Args.entry(distribution.attributes(), "logging");
    if (logging.isEmpty()) {
      boolean updates = Args.entry(distribution.attributes(), "distribution_id").isPresent();
      return List.of(new ContentDistribution(distribution,
          Args.flag(distribution.attributes(), "logging", updates ? Optional.empty() : Optional.of(false),
              distribution.range())));
    }
    Optional<MapValue> settings = logging.get().value().asMap();
    Fact enabled = settings.isPresent()
        ? Args.flag(settings.get(), "enabled", Optional.empty(), logging.get().range())
        : Fact.unknown("logging", logging.get().range(), logging.get().value().origin());
    return List.of(new ContentDistribution(distribution, enabled));
  }
}
