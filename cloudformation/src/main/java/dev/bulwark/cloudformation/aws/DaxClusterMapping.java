package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::DAX::Cluster} (DynamoDB Accelerator), a cache, with the security groups it refers to. Encryption at
 * rest is {@code SSESpecification.SSEEnabled}, false when missing; clients talk TLS when
 * {@code ClusterEndpointEncryptionType} is {@code TLS} (its default is {@code NONE}), on port 9111, else on 8111.
 */
final class DaxClusterMapping implements ModelMapping {
  private static final String ENDPOINT_ENCRYPTION = "ClusterEndpointEncryptionType";

  @Override
  public Set<String> types() {
    return Set.of("AWS::DAX::Cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Stack stack) {
    List<Resource> securityGroups = SecurityGroupMapping.referredBy(cluster, stack.graph());
    Fact inTransit = inTransit(cluster);
    Located<Integer> port = inTransit.isUnknown()
        ? Located.unknown("Port", cluster.range(), List.of())
        : Located.byDefault(inTransit.isTrue() ? 9111 : 8111, "Port", cluster.range());
    return List.of(new CacheCluster(cluster, NestedProperty.of(cluster, "SSESpecification", "SSEEnabled").flag(false),
        inTransit, securityGroups, port));
  }

  private static Fact inTransit(Resource cluster) {
    return cluster.attributes().entry(ENDPOINT_ENCRYPTION)
        .map(type -> Fact.of(type.value(), ENDPOINT_ENCRYPTION, type.range(),
            value -> value.asString().map(text -> text.equalsIgnoreCase("TLS"))))
        .orElseGet(() -> Fact.byDefault(false, ENDPOINT_ENCRYPTION, cluster.range()));
  }
}
