package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * An object storage bucket (S3, Cloud Storage).
 *
 * @param accessLogging       whether server access logging is configured, inline or through an attached resource
 * @param defaultEncryption   whether a default encryption configuration is declared, inline or attached
 * @param acl                 the canned ACL, e.g. {@code private}, {@code log-delivery-write}
 * @param customerManagedKey  whether the default encryption uses a key the customer manages (SSE-KMS with a
 *                            customer key, a Cloud KMS key)
 */
public record StorageBucket(
    Resource resource, Fact accessLogging, Fact defaultEncryption, Located<String> acl, Fact customerManagedKey) implements CloudModel {

  public StorageBucket {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(accessLogging, "accessLogging");
    Objects.requireNonNull(defaultEncryption, "defaultEncryption");
    Objects.requireNonNull(acl, "acl");
    Objects.requireNonNull(customerManagedKey, "customerManagedKey");
  }

  /** A bucket whose encryption key is not known. */
  public StorageBucket(
      Resource resource, Fact accessLogging, Fact defaultEncryption, Located<String> acl) {
    this(resource, accessLogging, defaultEncryption, acl,
        Fact.unknown("", resource.range(), List.of()));
  }
}
