package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A three-valued, located boolean fact of a shared model, e.g. "storage is encrypted".
 *
 * <p>An unknown fact may have {@code alternatives}: the facts on each reachable branch of a choice whose condition
 * cannot be decided (a CloudFormation {@code Fn::If}). {@link #isTrue()} and {@link #isFalse()} stay definite;
 * {@link #when(boolean)} also finds a reachable branch, with the condition that leads to it.
 *
 * @param truth        true, false or unknown
 * @param attribute    the native attribute that decides it, e.g. {@code storage_encrypted}, {@code StorageEncrypted}
 * @param range        the attribute that set it, or the resource header when the provider default applies
 * @param byDefault    whether the provider default decided it because the attribute is missing
 * @param origin       how the attribute's value came to be (variable default, parameter, ...)
 * @param condition    when this fact holds, e.g. {@code condition `IsProd` is false}; empty when always
 * @param alternatives the reachable branches of an undecided choice
 */
public record Fact(
    Truth truth,
    String attribute,
    Range range,
    boolean byDefault,
    List<RelatedLocation> origin,
    String condition,
    List<Fact> alternatives) {

  public Fact {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
    Objects.requireNonNull(condition, "condition");
    alternatives = List.copyOf(alternatives);
  }

  /** A fact set explicitly by an attribute at {@code range}. */
  public static Fact known(boolean value, String attribute, Range range, List<RelatedLocation> origin) {
    return new Fact(value ? Truth.TRUE : Truth.FALSE, attribute, range, false, origin, "", List.of());
  }

  /**
   * A fact decided by the provider default because {@code attribute} is missing from the resource at {@code header}.
   */
  public static Fact byDefault(boolean value, String attribute, Range header) {
    return byDefault(value, attribute, header, List.of());
  }

  /**
   * A fact decided by a provider or module default because {@code attribute} is missing, with the locations that
   * chose that default (e.g. the version constraint that selects an older provider release).
   */
  public static Fact byDefault(boolean value, String attribute, Range header, List<RelatedLocation> origin) {
    return new Fact(value ? Truth.TRUE : Truth.FALSE, attribute, header, true, origin, "", List.of());
  }

  /** A fact that cannot be decided before deployment. */
  public static Fact unknown(String attribute, Range range, List<RelatedLocation> origin) {
    return new Fact(Truth.UNKNOWN, attribute, range, false, origin, "", List.of());
  }

  /**
   * The fact that attribute {@code key} of {@code attributes} states: its boolean value when known, the provider
   * default {@code whenMissing} (located at {@code header}) when the attribute is missing or null, unknown otherwise
   * (with the reachable alternatives of an undecided choice).
   */
  public static Fact of(MapValue attributes, String key, boolean whenMissing, Range header) {
    Optional<MapEntry> entry = attributes.entry(key);
    return entry.isEmpty()
        ? byDefault(whenMissing, key, header)
        : of(entry.get().value(), key, entry.get().range(), Optional.of(whenMissing), header);
  }

  /**
   * The fact that attribute {@code key} of {@code attributes} names something (a log group, a key): false at
   * {@code header} by default when missing or null, false when an empty string, true for any other value, including
   * one not known before deployment; on each reachable branch of an undecided choice, read the same way.
   */
  public static Fact names(MapValue attributes, String key, Range header) {
    Optional<MapEntry> entry = attributes.entry(key).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return byDefault(false, key, header);
    }
    return of(entry.get().value(), key, entry.get().range(), value -> Optional.of(!(value instanceof NullValue)
        && !value.asString().map(String::isBlank).orElse(false)));
  }

  /** The fact that {@code value}, written for attribute {@code key} at {@code range}, states. */
  public static Fact of(Value value, String key, Range range) {
    return of(value, key, range, Optional.empty(), range);
  }

  /**
   * The fact that {@code value}, written for attribute {@code key} at {@code range}, states when read by
   * {@code reading} (e.g. a logging level that is on or off): unknown where {@code reading} cannot decide, with the
   * reachable alternatives of an undecided choice each read the same way.
   */
  public static Fact of(Value value, String key, Range range, Function<Value, Optional<Boolean>> reading) {
    if (value instanceof UnknownValue unknown && !unknown.alternatives().isEmpty()) {
      List<Fact> alternatives = unknown.alternatives().stream()
          .map(choice -> of(choice.value(), key, choice.value().range(), reading).under(choice.condition()))
          .toList();
      return new Fact(Truth.UNKNOWN, key, range, false, value.origin(), "", alternatives);
    }
    return reading.apply(value)
        .map(known -> known(known, key, range, value.origin()))
        .orElseGet(() -> unknown(key, range, value.origin()));
  }

  /**
   * The fact that the text of {@code entry} states when read by {@code reading} (e.g. a logging level that is on or
   * off), about the entry's key and located at it: as {@link #of(Value, String, Range, Function)}.
   */
  public static Fact ofText(MapEntry entry, Function<String, Optional<Boolean>> reading) {
    return of(entry.value(), entry.key(), entry.range(), value -> value.asString().flatMap(reading));
  }

  private static Fact of(Value value, String key, Range range, Optional<Boolean> whenMissing, Range header) {
    if (value instanceof NullValue && whenMissing.isPresent()) {
      return byDefault(whenMissing.get(), key, header);
    }
    if (value instanceof UnknownValue unknown && !unknown.alternatives().isEmpty()) {
      List<Fact> alternatives = unknown.alternatives().stream()
          .map(choice -> of(choice.value(), key, choice.value().range(), whenMissing, header)
              .under(choice.condition()))
          .toList();
      return new Fact(Truth.UNKNOWN, key, range, false, value.origin(), "", alternatives);
    }
    Optional<Boolean> known = value.asBoolean();
    return known.isPresent()
        ? known(known.get(), key, range, value.origin())
        : unknown(key, range, value.origin());
  }

  /**
   * The fact that one of several settings holds, where one suffices (say a log destination of several): the first
   * true fact, else the first undecided one, else the first. {@code facts} must not be empty.
   */
  public static Fact any(List<Fact> facts) {
    return facts.stream().filter(Fact::isTrue).findFirst()
        .or(() -> facts.stream().filter(Fact::isUnknown).findFirst())
        .orElse(facts.get(0));
  }

  /**
   * As {@link #any}, but when no fact holds, the first one written out (not a default), so that a finding points at a
   * setting to change when there is one; the first otherwise. {@code facts} must not be empty.
   */
  public static Fact anyWritten(List<Fact> facts) {
    Fact any = any(facts);
    return any.isFalse() ? facts.stream().filter(fact -> !fact.byDefault()).findFirst().orElse(any) : any;
  }

  /**
   * The fact that several settings all hold, where each is required (say both directions of a connection are
   * encrypted): the first false fact, else the first undecided one, else the first. {@code facts} must not be empty.
   */
  public static Fact all(List<Fact> facts) {
    return facts.stream().filter(Fact::isFalse).findFirst()
        .or(() -> facts.stream().filter(Fact::isUnknown).findFirst())
        .orElse(facts.get(0));
  }

  /**
   * The opposite fact about the same setting, at the same place: for a setting whose true is the insecure value
   * (a plain-text port enabled), read as whether the secure state holds.
   */
  public Fact negated() {
    Truth opposite = truth == Truth.TRUE ? Truth.FALSE : truth == Truth.FALSE ? Truth.TRUE : Truth.UNKNOWN;
    return new Fact(opposite, attribute, range, byDefault, origin, condition,
        alternatives.stream().map(Fact::negated).toList());
  }

  /** This fact, about {@code path} (the setting's whole path, e.g. {@code encrypt_at_rest.enabled}). */
  public Fact named(String path) {
    return new Fact(truth, path, range, byDefault, origin, condition, alternatives);
  }

  /** This fact, holding only when {@code outer} holds too. */
  public Fact under(String outer) {
    return new Fact(truth, attribute, range, byDefault, origin, Conditions.join(outer, condition), alternatives);
  }

  /**
   * A definite fact with the given truth: this fact when it is definite, or the first reachable alternative that is,
   * with the conditions that lead there. Empty when no reachable branch has that truth.
   */
  public Optional<Fact> when(boolean wanted) {
    if (truth == (wanted ? Truth.TRUE : Truth.FALSE)) {
      return Optional.of(this);
    }
    for (Fact alternative : alternatives) {
      Optional<Fact> found = alternative.when(wanted);
      if (found.isPresent()) {
        return Optional.of(found.get().under(condition));
      }
    }
    return Optional.empty();
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
