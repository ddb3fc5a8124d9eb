package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A located setting of a shared model whose value may be unknown, e.g. a firewall rule's port range. Like
 * {@link Fact}, an unknown setting may list the reachable {@code alternatives} of an undecided choice.
 *
 * @param value        the value, empty when unknown
 * @param attribute    the native attribute that holds it
 * @param range        where it was set, or the resource header when the provider default applies
 * @param byDefault    whether the provider default decided it
 * @param origin       how the value came to be
 * @param condition    when this setting holds; empty when always
 * @param alternatives the reachable branches of an undecided choice
 */
public record Located<T>(
    Optional<T> value,
    String attribute,
    Range range,
    boolean byDefault,
    List<RelatedLocation> origin,
    String condition,
    List<Located<T>> alternatives) {

  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
    Objects.requireNonNull(condition, "condition");
    alternatives = List.copyOf(alternatives);
  }

  /** A value set at {@code range}. */
  public static <T> Located<T> known(T value, String attribute, Range range, List<RelatedLocation> origin) {
    return new Located<>(Optional.of(value), attribute, range, false, origin, "", List.of());
  }

  /** A provider default for the missing {@code attribute}. */
  public static <T> Located<T> byDefault(T value, String attribute, Range header) {
    return new Located<>(Optional.of(value), attribute, header, true, List.of(), "", List.of());
  }

  /** A value that cannot be decided. */
  public static <T> Located<T> unknown(String attribute, Range range, List<RelatedLocation> origin) {
    return new Located<>(Optional.empty(), attribute, range, false, origin, "", List.of());
  }

  /** The text {@code entry} sets, about its key and located at it; unknown unless known text before deployment. */
  public static Located<String> text(MapEntry entry) {
    return of(entry.value(), entry.key(), entry.range(), Value::asString);
  }

  /**
   * The setting that {@code value}, written for {@code attribute} at {@code range}, states once {@code read}
   * interprets it (empty: not interpretable, so unknown); undecided choices keep their reachable alternatives.
   */
  public static <T> Located<T> of(Value value, String attribute, Range range, Function<Value, Optional<T>> read) {
    if (value instanceof UnknownValue unknown && !unknown.alternatives().isEmpty()) {
      List<Located<T>> alternatives = unknown.alternatives().stream()
          .map(choice -> of(choice.value(), attribute, choice.value().range(), read).under(choice.condition()))
          .toList();
      return new Located<>(Optional.empty(), attribute, range, false, value.origin(), "", alternatives);
    }
    return read.apply(value)
        .map(known -> known(known, attribute, range, value.origin()))
        .orElseGet(() -> unknown(attribute, range, value.origin()));
  }

  /** This setting, holding only when {@code outer} holds too. */
  public Located<T> under(String outer) {
    return new Located<>(value, attribute, range, byDefault, origin, Conditions.join(outer, condition), alternatives);
  }

  /** The definite settings this one may take: itself when known, else its reachable alternatives' (with conditions). */
  public List<Located<T>> witnesses() {
    if (value.isPresent()) {
      return List.of(this);
    }
    return alternatives.stream()
        .flatMap(alternative -> alternative.witnesses().stream())
        .map(witness -> witness.under(condition))
        .toList();
  }

  /** Whether the value is known. */
  public boolean isKnown() {
    return value.isPresent();
  }
}
