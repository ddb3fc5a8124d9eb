package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code google.cloud.gcp_pubsub_topic}: Pub/Sub always encrypts the messages it stores, with a key Google manages
 * unless {@code kms_key_name} names a Cloud KMS key.
 */
final class GcpPubSubTopicMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("google.cloud.gcp_pubsub_topic");
  }

  @Override
  public List<CloudModel> map(Resource topic, UnitResources unit) {
    return List.of(DataStore.alwaysEncrypted(topic, "topic",
        KmsKeys.customerManaged(topic.attributes(), "kms_key_name", topic.range())));
  }
}
