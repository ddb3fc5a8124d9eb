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

  /**
   * For settings that choose an encryption type ({@code AES256} by default, or {@code KMS}) and a key, such as an ECR
   * repository's: a customer-managed key only with type {@code KMS} (in any case) and a {@code key} that names one
   * (as {@link #customerManaged}); false at {@code at} when the type is missing, at the type when it is another.
   */
  public static Fact customerManagedWithType(MapValue settings, String typeKey, String key, Range at) {
    Optional<MapEntry> type = settings.entry(typeKey).filter(e -> !(e.value() instanceof NullValue));
    if (type.isEmpty()) {
      return Fact.byDefault(false, typeKey, at);
    }
    Fact kms = Fact.of(type.get().value(), typeKey, type.get().range(),
        value -> value.asString().map(text -> text.equalsIgnoreCase("KMS")));
    return kms.isTrue() ? customerManaged(settings, key, at) : kms;
  }

  /**
   * As {@link #customerManagedWithType} for the settings object {@code configuration} (an entry named {@code name}):
   * false at {@code header} when it is missing or null, unknown when it is not an object.
   */
  public static Fact customerManagedWithType(Optional<MapEntry> configuration, String name, String typeKey,
      String key, Range header) {
    Optional<MapEntry> entry = configuration.filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, name, header);
    }
    return entry.get().value().asMap()
        .map(settings -> customerManagedWithType(settings, typeKey, key, entry.get().range()))
        .orElseGet(() -> Fact.unknown(name, entry.get().range(), entry.get().value().origin()));
  }
}
