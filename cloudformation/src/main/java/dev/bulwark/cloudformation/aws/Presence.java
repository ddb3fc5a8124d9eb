package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.Optional;

/** Whether a configuration property is present, as a fact: an {@code Fn::If} may make it present on one branch only. */
final class Presence {
  private Presence() {}

  /** The presence of {@code property} in {@code properties}: false at {@code header} by default when missing. */
  static Fact of(MapValue properties, String property, Range header) {
    Optional<MapEntry> entry = properties.entry(property);
    if (entry.isEmpty()) {
      return Fact.byDefault(false, property, header);
    }
    return Fact.of(presence(entry.get().value()), property, entry.get().range());
  }

  private static Value presence(Value value) {
    if (value instanceof UnknownValue unknown && !unknown.alternatives().isEmpty()) {
      return new UnknownValue(unknown.expression(), unknown.range(), unknown.origin(), unknown.alternatives().stream()
          .map(choice -> new UnknownValue.Alternative(choice.condition(), presence(choice.value())))
          .toList());
    }
    boolean absent = value instanceof NullValue;
    return new BoolValue(!absent, value.range(), value.origin());
  }
}
