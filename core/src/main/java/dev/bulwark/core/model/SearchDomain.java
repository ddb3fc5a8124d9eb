package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A search and analytics domain (OpenSearch, Elasticsearch).
 *
 * @param inVpc              whether its endpoints live in a VPC rather than on the internet
 * @param openAccessPolicy   whether its access policy admits anyone (principal {@code *} without a source condition)
 * @param encryptedAtRest    whether its data is encrypted at rest
 * @param encryptedInTransit whether traffic between its nodes is encrypted (node-to-node)
 * @param logging            whether its logs are published
 * @param customerManagedKey whether a key the customer manages encrypts its data at rest
 */
public record SearchDomain(
    Resource resource, Fact inVpc, Fact openAccessPolicy, Fact encryptedAtRest, Fact encryptedInTransit, Fact logging,
    Fact customerManagedKey)
    implements CloudModel, EncryptedAtRest, EncryptedInTransit, CustomerKeyed {

  public SearchDomain {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(inVpc, "inVpc");
    Objects.requireNonNull(openAccessPolicy, "openAccessPolicy");
    Objects.requireNonNull(encryptedAtRest, "encryptedAtRest");
    Objects.requireNonNull(encryptedInTransit, "encryptedInTransit");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(customerManagedKey, "customerManagedKey");
  }
}
