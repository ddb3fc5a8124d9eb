package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A secrets and keys vault (Azure Key Vault).
 *
 * @param auditLogging whether the audit events of its use are logged, through an attached diagnostic setting
 */
public record KeyVault(Resource resource, Fact auditLogging) implements CloudModel {
  public KeyVault {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(auditLogging, "auditLogging");
  }
}
