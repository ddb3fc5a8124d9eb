package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/** A block storage volume (EBS volume, managed disk, ...). */
public record BlockVolume(Resource resource, Fact encrypted) implements CloudModel, EncryptedAtRest {
  public BlockVolume {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(encrypted, "encrypted");
  }

  @Override
  public Fact encryptedAtRest() {
    return encrypted;
  }
}
