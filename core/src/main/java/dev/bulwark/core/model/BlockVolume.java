package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * A block storage volume (EBS volume; a block device of an instance, launch template, launch configuration or
 * machine image; Azure managed disk; Google Cloud disk), or a region's EBS encryption-by-default setting for the
 * volumes created from then on.
 *
 * @param encrypted          whether it is encrypted at rest
 * @param customerManagedKey whether a key the customer manages encrypts it
 */
public record BlockVolume(Resource resource, Fact encrypted, Fact customerManagedKey)
    implements CloudModel, EncryptedAtRest, CustomerKeyed {

  public BlockVolume {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(encrypted, "encrypted");
    Objects.requireNonNull(customerManagedKey, "customerManagedKey");
  }

  /** A volume whose key is not known. */
  public BlockVolume(Resource resource, Fact encrypted) {
    this(resource, encrypted, Fact.unknown("", resource.range(), List.of()));
  }

  @Override
  public Fact encryptedAtRest() {
    return encrypted;
  }
}
