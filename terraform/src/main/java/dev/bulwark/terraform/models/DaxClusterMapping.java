package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_dax_cluster} (DynamoDB Accelerator), a cache, with the security groups its {@code security_group_ids}
 * refer to. Encryption at rest is {@code server_side_encryption { enabled }}, false without the block or the
 * argument; clients talk TLS when {@code cluster_endpoint_encryption_type} is {@code TLS} (its default is
 * {@code NONE}), on port 9111, else on port 8111.
 */
final class DaxClusterMapping implements ModelMapping {
  private static final String ENDPOINT_ENCRYPTION = "cluster_endpoint_encryption_type";

  @Override
  public Set<String> types() {
    return Set.of("aws_dax_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    List<Resource> securityGroups = module.referredTo(cluster, "security_group_ids");
    Fact inTransit = inTransit(cluster);
    Fact atRest = NestedBlocks.flag(cluster.attributes(), "server_side_encryption", "enabled", false, cluster.range());
    return List.of(new CacheCluster(cluster, atRest, inTransit, securityGroups, port(cluster, inTransit)));
  }

  private static Fact inTransit(Resource cluster) {
    return cluster.attribute(ENDPOINT_ENCRYPTION)
        .map(type -> Fact.of(type.value(), ENDPOINT_ENCRYPTION, type.range(),
            value -> value.asString().map(text -> text.equalsIgnoreCase("TLS"))))
        .orElseGet(() -> Fact.byDefault(false, ENDPOINT_ENCRYPTION, cluster.range()));
  }

  private static Located<Integer> port(Resource cluster, Fact inTransit) {
    return inTransit.isUnknown()
        ? Located.unknown("port", cluster.range(), List.of())
        : Located.byDefault(inTransit.isTrue() ? 9111 : 8111, "port", cluster.range());
  }
}
