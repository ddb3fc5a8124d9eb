package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::RDS::GlobalCluster}: encrypted as {@code StorageEncrypted} says (false by default), or as the cluster
 * {@code SourceDBClusterIdentifier} names (unknown); its member clusters take their encryption from it
 * ({@link DataStore#globalCluster}).
 */
final class GlobalClusterMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::RDS::GlobalCluster");
  }

  @Override
  public List<CloudModel> map(Resource cluster, Stack stack) {
    return List.of(DataStore.globalCluster(cluster, "StorageEncrypted", "SourceDBClusterIdentifier"));
  }
}
