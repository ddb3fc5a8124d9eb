package dev.bulwark.ansible.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Reads module arguments the way Ansible converts them to a module's declared types. */
final class Args {
  private static final Set<String> TRUE = Set.of("y", "yes", "on", "1", "true", "t");
  private static final Set<String> FALSE = Set.of("n", "no", "off", "0", "false", "f");

  private Args() {}

  /** The first present, non-null argument among {@code names} (a name and its aliases). */
  static Optional<MapEntry> entry(MapValue arguments, String... names) {
    for (String name : names) {
      Optional<MapEntry> entry = arguments.entry(name).filter(e -> !(e.value() instanceof NullValue));
      if (entry.isPresent()) {
        return entry;
      }
    }
    return Optional.empty();
  }

  /** An argument of type {@code bool}: yes/no, on/off, 1/0, true/false in any case. */
  static Optional<Boolean> bool(Value value) {
    if (value instanceof BoolValue bool) {
      return Optional.of(bool.value());
    }
    if (value instanceof NumberValue number) {
      BigDecimal n = number.value();
      return n.compareTo(BigDecimal.ONE) == 0 ? Optional.of(true)
          : n.signum() == 0 ? Optional.of(false) : Optional.empty();
    }
    if (value instanceof StringValue string) {
      String text = string.value().strip().toLowerCase(Locale.ROOT);
      return TRUE.contains(text) ? Optional.of(true) : FALSE.contains(text) ? Optional.of(false) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The fact a {@code bool} argument states: its value, or {@code whenMissing} at {@code header} when it is not
   * given, or unknown.
   */
  static Fact flag(MapValue arguments, String name, boolean whenMissing, Range header) {
    return flag(arguments, name, Optional.of(whenMissing), header);
  }

  /** As {@link #flag(MapValue, String, boolean, Range)}; with no default, a missing argument is unknown. */
  static Fact flag(MapValue arguments, String name, Optional<Boolean> whenMissing, Range header) {
    return entry(arguments, name)
        .map(entry -> fact(entry.value(), name, entry.range()))
        .orElseGet(() -> whenMissing.map(value -> Fact.byDefault(value, name, header))
            .orElseGet(() -> Fact.unknown(name, header, List.of())));
  }

  /**
   * The fact an Azure {@code Enabled}/{@code Disabled} option {@code key} of {@code arguments} states, as a fact about
   * {@code attribute}: anything but {@code Disabled} is on, and a missing option is on by default at {@code header}.
   */
  static Fact enabled(MapValue arguments, String key, String attribute, Range header) {
    return entry(arguments, key)
        .map(entry -> Fact.of(entry.value(), attribute, entry.range(),
            value -> value.asString().map(text -> !text.equalsIgnoreCase("Disabled"))))
        .orElseGet(() -> Fact.byDefault(true, attribute, header));
  }

  /** Whether the task removes its resource: its {@code state} is {@code absent}. */
  static boolean absent(Resource task) {
    return is(task, "state", "absent");
  }

  /** Whether argument {@code name} of {@code task} is the string {@code value}, e.g. {@code command: create}. */
  static boolean is(Resource task, String name, String value) {
    return entry(task.attributes(), name).flatMap(e -> e.value().asString()).map(value::equals).orElse(false);
  }

  /** The fact {@code value}, written for {@code attribute} at {@code range}, states. */
  static Fact fact(Value value, String attribute, Range range) {
    return bool(value)
        .map(known -> Fact.known(known, attribute, range, value.origin()))
        .orElseGet(() -> Fact.unknown(attribute, range, value.origin()));
  }

  /**
   * The fact {@code read} gives for the option object {@code option} of {@code task} (the object, and where the
   * option is): false by default at the task when the option is missing, unknown when it is not an object.
   */
  static Fact inObject(Resource task, String option, BiFunction<MapValue, Range, Fact> read) {
    return inObject(task.attributes(), option, task.range(), read);
  }

  /**
   * As {@link #inObject(Resource, String, BiFunction)}, for an option of {@code arguments} that is false by default
   * at {@code header} when missing.
   */
  static Fact inObject(MapValue arguments, String option, Range header, BiFunction<MapValue, Range, Fact> read) {
    Optional<MapEntry> settings = entry(arguments, option);
    if (settings.isEmpty()) {
      return Fact.byDefault(false, option, header);
    }
    return settings.get().value().asMap()
        .map(object -> read.apply(object, settings.get().range()))
        .orElseGet(() -> Fact.unknown(option, settings.get().range(), settings.get().value().origin()));
  }

  /**
   * Whether the option object {@code option} of {@code task} names a key of the customer's in {@code key}
   * ({@link KmsKeys#customerManaged}), as {@link #inObject} reads it.
   */
  static Fact customerKey(Resource task, String option, String key) {
    return inObject(task, option, (object, at) -> KmsKeys.customerManaged(object, key, at));
  }
}
