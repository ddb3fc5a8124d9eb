package dev.bulwark.core.model;

/** A model of something that stores data and may encrypt it at rest. */
public interface EncryptedAtRest {
  /** Whether the data is encrypted at rest. */
  Fact encryptedAtRest();
}
