package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.Located;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::MemoryDB::Cluster}, a cache that MemoryDB always encrypts at rest, with a key of the customer's when
 * {@code KmsKeyId} names one. Clients talk TLS unless {@code TLSEnabled} (true by default) is false, and connect on
 * {@code Port} (6379 by default) through the security groups of {@code SecurityGroupIds}.
 */
final class MemoryDbClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::MemoryDB::Cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Stack stack) {
    List<Resource> securityGroups = SecurityGroupMapping.referredBy(cluster, stack.graph());
    Fact atRest = Fact.byDefault(true, "encryption", cluster.range());
    return List.of(
        new CacheCluster(cluster, atRest, Fact.of(cluster.attributes(), "TLSEnabled", true, cluster.range()),
            securityGroups, cluster.attributes().entry("Port").map(CacheCluster::port)
                .orElseGet(() -> Located.byDefault(6379, "Port", cluster.range()))),
        DataStore.alwaysEncrypted(cluster, "cluster",
            KmsKeys.customerManaged(cluster.attributes(), "KmsKeyId", cluster.range())));
  }
}
