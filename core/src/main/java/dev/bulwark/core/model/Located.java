package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A located setting of a shared model whose value may be unknown, e.g. a firewall rule's port range.
 *
 * @param value     the value, empty when unknown
 * @param attribute the native attribute that holds it
 * @param range     where it was set, or the resource header when the provider default applies
 * @param byDefault whether the provider default decided it
 * @param origin    how the value came to be
 */
public record Located<T>(
    Optional<T> value, String attribute, Range range, boolean byDefault, List<RelatedLocation> origin) {

  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  /** A value set at {@code range}. */
  public static <T> Located<T> known(T value, String attribute, Range range, List<RelatedLocation> origin) {
    return new Located<>(Optional.of(value), attribute, range, false, origin);
  }

  /** A provider default for the missing {@code attribute}. */
  public static <T> Located<T> byDefault(T value, String attribute, Range header) {
    return new Located<>(Optional.of(value), attribute, header, true, List.of());
  }

  /** A value that cannot be decided. */
  public static <T> Located<T> unknown(String attribute, Range range, List<RelatedLocation> origin) {
    return new Located<>(Optional.empty(), attribute, range, false, origin);
  }

  /** Whether the value is known. */
  public boolean isKnown() {
    return value.isPresent();
  }
}
