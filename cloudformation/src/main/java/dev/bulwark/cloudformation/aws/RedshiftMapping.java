package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::Redshift::Cluster}. Defaults (those of the Redshift API since January 2025): {@code PubliclyAccessible}
 * false, {@code Encrypted} true. Audit logging is on with {@code LoggingProperties}, off without.
 */
final class RedshiftMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::Redshift::Cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, ResourceGraph graph) {
    MapValue properties = cluster.attributes();
    return List.of(new DatabaseInstance(cluster,
        Fact.of(properties, "PubliclyAccessible", false, cluster.range()),
        Fact.of(properties, "Encrypted", true, cluster.range()),
        List.of(), logging(cluster)));
  }

  private static Fact logging(Resource cluster) {
    String key = "LoggingProperties";
    Optional<MapEntry> entry = cluster.attributes().entry(key).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, key, cluster.range());
    }
    return entry.get().value().isKnown()
        ? Fact.known(true, key, entry.get().range(), entry.get().value().origin())
        : Fact.of(entry.get().value(), key, entry.get().range());
  }
}
