package dev.bulwark.terraform.models;

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
 * {@code aws_memorydb_cluster}, a cache that MemoryDB always encrypts at rest, with a key of the customer's when
 * {@code kms_key_arn} names one. Clients talk TLS unless {@code tls_enabled} (true by default) is false, and connect
 * on {@code port} (6379 by default) through the security groups its {@code security_group_ids} refer to.
 */
final class MemoryDbClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_memorydb_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    List<Resource> securityGroups = module.referredTo(cluster, "security_group_ids");
    Fact atRest = Fact.byDefault(true, "encryption", cluster.range());
    return List.of(
        new CacheCluster(cluster, atRest, Fact.of(cluster.attributes(), "tls_enabled", true, cluster.range()),
            securityGroups, cluster.attribute("port").map(CacheCluster::port)
                .orElseGet(() -> Located.byDefault(6379, "port", cluster.range()))),
        DataStore.alwaysEncrypted(cluster, "cluster",
            KmsKeys.customerManaged(cluster.attributes(), "kms_key_arn", cluster.range())));
  }
}
