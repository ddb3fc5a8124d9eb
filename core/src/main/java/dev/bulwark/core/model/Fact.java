package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A three-valued, located boolean fact of a shared model, e.g. "storage is encrypted".
 *
 * @param truth     true, false or unknown
 * @param attribute the native attribute that decides it, e.g. {@code storage_encrypted}, {@code StorageEncrypted}
 * @param range     the attribute that set it, or the resource header when the provider default applies
 * @param byDefault whether the provider default decided it because the attribute is missing
 * @param origin    how the attribute's value came to be (variable default, parameter, ...)
 */
public record Fact(Truth truth, String attribute, Range range, boolean byDefault, List<RelatedLocation> origin) {
  public Fact {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  /** A fact set explicitly by an attribute at {@code range}. */
  public static Fact known(boolean value, String attribute, Range range, List<RelatedLocation> origin) {
    return new Fact(value ? Truth.TRUE : Truth.FALSE, attribute, range, false, origin);
  }

  /** A fact decided by the provider default because {@code attribute} is missing from the resource at {@code header}. */
  public static Fact byDefault(boolean value, String attribute, Range header) {
    return new Fact(value ? Truth.TRUE : Truth.FALSE, attribute, header, true, List.of());
  }

  /** A fact that cannot be decided before deployment. */
  public static Fact unknown(String attribute, Range range, List<RelatedLocation> origin) {
    return new Fact(Truth.UNKNOWN, attribute, range, false, origin);
  }

  /**
   * The fact that attribute {@code key} of {@code attributes} states: its boolean value when known, the provider
   * default {@code whenMissing} (located at {@code header}) when the attribute is missing or null, unknown otherwise.
   */
  public static Fact of(MapValue attributes, String key, boolean whenMissing, Range header) {
    return attributes.entry(key)
        .filter(entry -> !(entry.value() instanceof NullValue))
        .map(entry -> of(entry.value(), key, entry.range()))
        .orElseGet(() -> byDefault(whenMissing, key, header));
  }

  /** The fact that {@code value}, written for attribute {@code key} at {@code range}, states. */
  public static Fact of(Value value, String key, Range range) {
    Optional<Boolean> known = value.asBoolean();
    return known.isPresent()
        ? known(known.get(), key, range, value.origin())
        : unknown(key, range, value.origin());
  }

  /** Whether the fact is definitely true. */
  public boolean isTrue() {
    return truth == Truth.TRUE;
  }

  /** Whether the fact is definitely false. */
  public boolean isFalse() {
    return truth == Truth.FALSE;
  }

  /** Whether the fact cannot be decided. */
  public boolean isUnknown() {
    return truth == Truth.UNKNOWN;
  }
}
