package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * An object storage bucket (S3, ...).
 *
 * @param accessLogging     whether server access logging is configured, inline or through an attached resource
 * @param defaultEncryption whether a default encryption configuration is declared, inline or attached
 */
public record StorageBucket(Resource resource, Fact accessLogging, Fact defaultEncryption) implements CloudModel {
  public StorageBucket {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(accessLogging, "accessLogging");
    Objects.requireNonNull(defaultEncryption, "defaultEncryption");
  }
}
