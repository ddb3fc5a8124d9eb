package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.ParameterGroups;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::Redshift::Cluster}. Defaults (those of the Redshift API since January 2025): {@code PubliclyAccessible}
 * false, {@code Encrypted} true. Audit logging is on with {@code LoggingProperties}, off without. Connections are
 * encrypted only when its parameter group sets {@code require_ssl} to true.
 */
final class RedshiftMapping implements ModelMapping {
  private static final String REQUIRE_SSL = "require_ssl";

  @Override
  public Set<String> types() {
    return Set.of("AWS::Redshift::Cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Stack stack) {
    MapValue properties = cluster.attributes();
    return List.of(new DatabaseInstance(cluster,
        Fact.of(properties, "PubliclyAccessible", false, cluster.range()),
        Fact.of(properties, "Encrypted", true, cluster.range()),
        List.of(), logging(cluster)).withKey(KmsKeys.customerManaged(properties, "KmsKeyId", cluster.range())),
        new TrafficEncryption(cluster, requireSsl(cluster, stack.graph())));
  }

  /**
   * Whether the cluster's parameter group sets {@code require_ssl} to true: the default groups (used without
   * {@code ClusterParameterGroupName}) leave it false; a group of the template is read from its {@code Parameters},
   * false without the parameter; a group the template does not declare is unknown.
   */
  private static Fact requireSsl(Resource cluster, ResourceGraph graph) {
    String key = "ClusterParameterGroupName";
    return ReferredResource.of(cluster, graph, key, "AWS::Redshift::ClusterParameterGroup")
        .map(RedshiftMapping::fromGroup)
        .orElseGet(() -> ParameterGroups.notAtHand(cluster.attributes().entry(key), key, cluster.range()));
  }

  private static Fact fromGroup(Resource group) {
    Optional<MapEntry> parameters = group.attributes().entry("Parameters");
    Optional<List<Value>> items = parameters.flatMap(entry -> entry.value().asList());
    if (parameters.isPresent() && items.isEmpty()) {
      return Fact.unknown(REQUIRE_SSL, parameters.get().range(), parameters.get().value().origin());
    }
    return ParameterGroups.flag(items.orElse(List.of()), "ParameterName", "ParameterValue", REQUIRE_SSL,
        group.range());
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
