package dev.bulwark.ansible.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.Optional;

/** Whether a KMS key argument names a key the customer manages. */
final class KmsKeys {
  private KmsKeys() {}

  /**
   * The fact that argument {@code name} names a customer-managed key: false when missing, empty or an AWS managed
   * key's alias ({@code alias/aws/...}); true for any other key, including a Jinja expression.
   */
  static Fact customerManaged(MapValue arguments, String name, Range header) {
    Optional<MapEntry> entry = Args.entry(arguments, name);
    if (entry.isEmpty()) {
      return Fact.byDefault(false, name, header);
    }
    boolean awsManaged = entry.get().value().asString()
        .map(key -> key.isBlank() || key.startsWith("alias/aws/") || key.contains(":alias/aws/"))
        .orElse(false);
    return Fact.known(!awsManaged, name, entry.get().range(), entry.get().value().origin());
  }
}
