package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::DMS::ReplicationInstance}: {@code PubliclyAccessible} defaults to true (the DMS API default); DMS
 * always encrypts a replication instance's storage, with a key of the customer's only when {@code KmsKeyId} names one.
 */
final class DmsReplicationInstanceMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::DMS::ReplicationInstance");
  }

  @Override
  public List<CloudModel> map(Resource instance, Stack stack) {
    return List.of(new DatabaseInstance(instance,
        Fact.of(instance.attributes(), "PubliclyAccessible", true, instance.range()),
        Fact.byDefault(true, "KmsKeyId", instance.range()))
        .withKey(KmsKeys.customerManaged(instance.attributes(), "KmsKeyId", instance.range())));
  }
}
