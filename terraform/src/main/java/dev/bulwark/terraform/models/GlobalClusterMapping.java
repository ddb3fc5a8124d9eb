package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_rds_global_cluster}, {@code aws_docdb_global_cluster} and {@code aws_neptune_global_cluster}: encrypted
 * as {@code storage_encrypted} says (false by default), or as the cluster {@code source_db_cluster_identifier} names
 * (unknown); their member clusters take their encryption from them ({@link DataStore#globalCluster}).
 */
final class GlobalClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_rds_global_cluster", "aws_docdb_global_cluster", "aws_neptune_global_cluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    return List.of(DataStore.globalCluster(cluster, "storage_encrypted", "source_db_cluster_identifier"));
  }
}
