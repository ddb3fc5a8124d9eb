package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * An Azure storage account.
 *
 * @param httpsOnly         whether it accepts only HTTPS traffic
 * @param minimumTlsVersion the oldest TLS version it accepts, e.g. {@code TLS1_2}
 */
public record StorageAccount(Resource resource, Fact httpsOnly, Located<String> minimumTlsVersion)
    implements CloudModel {

  public StorageAccount {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(httpsOnly, "httpsOnly");
    Objects.requireNonNull(minimumTlsVersion, "minimumTlsVersion");
  }
}
