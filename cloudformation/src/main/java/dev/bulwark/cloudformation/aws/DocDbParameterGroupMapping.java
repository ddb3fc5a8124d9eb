package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.TrafficEncryption;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::DocDB::DBClusterParameterGroup}: its clusters accept plain-text connections when its
 * {@code Parameters} object sets {@code tls} to {@code disabled}; TLS is enabled by default.
 */
final class DocDbParameterGroupMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::DocDB::DBClusterParameterGroup");
  }

  @Override
  public List<CloudModel> map(Resource group, ResourceGraph graph) {
    NestedProperty tls = NestedProperty.of(group, "Parameters", "tls");
    Fact enabled = tls.entry()
        .map(entry -> Fact.of(entry.value(), "tls", entry.range(),
            value -> value.asString().map(mode -> !mode.equalsIgnoreCase("disabled"))))
        .orElseGet(() -> tls.unknown() ? Fact.unknown("tls", tls.range(), tls.origin())
            : Fact.byDefault(true, "tls", tls.range()));
    return List.of(new TrafficEncryption(group, enabled));
  }
}
