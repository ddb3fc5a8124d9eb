package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_dms_replication_instance}: {@code publicly_accessible} defaults to false; DMS always encrypts a
 * replication instance's storage, with a key of the customer's only when {@code kms_key_arn} names one (the AWS
 * managed key {@code aws/dms} otherwise).
 */
final class DmsReplicationInstanceMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_dms_replication_instance");
  }

  @Override
  public List<CloudModel> map(Resource instance, Module module) {
    return List.of(new DatabaseInstance(instance,
        Fact.of(instance.attributes(), "publicly_accessible", false, instance.range()),
        Fact.byDefault(true, "kms_key_arn", instance.range()))
        .withKey(KmsKeys.customerManaged(instance.attributes(), "kms_key_arn", instance.range())));
  }
}
