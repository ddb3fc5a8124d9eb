package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.Optional;

/** Whether a KMS key attribute names a key the customer manages. */
final class KmsKeys {
  private KmsKeys() {}

  /**
   * The fact that {@code key} of {@code attributes} names a customer-managed key: false when missing, empty or an
   * AWS managed key's alias ({@code alias/aws/...}); true for any other key, including one not known before
   * deployment (a reference to an {@code aws_kms_key}).
   */
  static Fact customerManaged(MapValue attributes, String key, Range header) {
    Optional<MapEntry> entry = attributes.entry(key).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, key, header);
    }
    boolean awsManaged = entry.get().value().asString()
        .map(name -> name.isBlank() || name.startsWith("alias/aws/") || name.contains(":alias/aws/"))
        .orElse(false);
    return Fact.known(!awsManaged, key, entry.get().range(), entry.get().value().origin());
  }
}
