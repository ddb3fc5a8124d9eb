package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A managed store of data whose at-rest encryption is a setting: file systems (EFS), tables (DynamoDB), streams
 * (Kinesis), topics and queues (SNS, SQS).
 *
 * @param kind               what it is, e.g. {@code file system}, {@code table}, {@code stream}, {@code topic},
 *                           {@code queue}
 * @param encryptedAtRest    whether its data is encrypted at rest
 * @param customerManagedKey whether a key the customer manages encrypts it
 */
public record DataStore(Resource resource, String kind, Fact encryptedAtRest, Fact customerManagedKey)
    implements CloudModel, EncryptedAtRest, CustomerKeyed {

  public DataStore {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(encryptedAtRest, "encryptedAtRest");
    Objects.requireNonNull(customerManagedKey, "customerManagedKey");
  }
}
