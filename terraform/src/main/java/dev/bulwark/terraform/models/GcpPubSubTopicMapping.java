package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code google_pubsub_topic}: Pub/Sub always encrypts the messages it stores, with a key Google manages unless
 * {@code kms_key_name} names a Cloud KMS key.
 */
final class GcpPubSubTopicMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("google_pubsub_topic");
  }

  @Override
  public List<CloudModel> map(Resource topic, Module module) {
    return List.of(DataStore.alwaysEncrypted(topic, "topic",
        KmsKeys.customerManaged(topic.attributes(), "kms_key_name", topic.range())));
  }
}
