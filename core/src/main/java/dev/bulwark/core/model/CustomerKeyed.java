package dev.bulwark.core.model;

/** A model of something whose data may be encrypted with a key the customer manages (rather than the provider). */
public interface CustomerKeyed {
  /** Whether a customer-managed key encrypts the data. */
  Fact customerManagedKey();
}
