package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.Optional;

/** Whether a KMS key property names a key the customer manages. */
final class KmsKeys {
  private KmsKeys() {}

  /**
   * The fact that {@code key} of {@code properties} names a customer-managed key: false when missing, empty or an
   * AWS managed key's alias ({@code alias/aws/...}); true for any other key, including a {@code Ref} or
   * {@code Fn::GetAtt} of an {@code AWS::KMS::Key}.
   */
  static Fact customerManaged(MapValue properties, String key, Range header) {
    Optional<MapEntry> entry = properties.entry(key).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, key, header);
    }
    boolean awsManaged = entry.get().value().asString()
        .map(name -> name.isBlank() || name.startsWith("alias/aws/") || name.contains(":alias/aws/"))
        .orElse(false);
    return Fact.known(!awsManaged, key, entry.get().range(), entry.get().value().origin());
  }
}
