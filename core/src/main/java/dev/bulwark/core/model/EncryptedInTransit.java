package dev.bulwark.core.model;

/** A model of a service whose traffic may be encrypted in transit (TLS between clients and nodes, or among nodes). */
public interface EncryptedInTransit {
  /** Whether traffic is encrypted in transit. */
  Fact encryptedInTransit();
}
