package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * The response cache of an API stage (an API Gateway stage whose cache cluster is enabled).
 *
 * @param encryptedAtRest whether the responses it caches are encrypted: for every method it caches
 */
public record ApiCache(Resource resource, Fact encryptedAtRest) implements CloudModel, EncryptedAtRest {
  public ApiCache {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(encryptedAtRest, "encryptedAtRest");
  }
}
