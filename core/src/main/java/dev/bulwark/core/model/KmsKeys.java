package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.Optional;

/** Whether an AWS KMS key setting names a key the customer manages, as every front end reads it. */
public final class KmsKeys {
  private KmsKeys() {}

  /**
   * The fact that {@code key} of {@code attributes} names a customer-managed key: false at {@code header} when
   * missing or null, false when empty or an AWS managed key's alias ({@code alias/aws/...}); true for any other key,
   * including one not known before deployment (a reference to a key the template or module creates).
   */
  public static Fact customerManaged(MapValue attributes, String key, Range header) {
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
