package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * One data service of an Azure storage account.
 *
 * @param resource the storage account
 * @param service  the service: {@code blob}, {@code queue} or {@code table}
 * @param logging  whether it logs the reads, writes and deletes of its data
 */
public record StorageService(Resource resource, String service, Fact logging) implements CloudModel {
  public StorageService {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(logging, "logging");
  }
}
