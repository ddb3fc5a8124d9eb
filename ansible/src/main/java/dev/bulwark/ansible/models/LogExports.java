package dev.bulwark.ansible.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * Whether a list argument of exported log types ({@code enable_cloudwatch_logs_exports}) exports any log type; a
 * missing list exports none when {@code whenMissing} says so, and is unknown without a default.
 */
final class LogExports {
  private LogExports() {}

  static Fact of(MapValue arguments, Optional<Boolean> whenMissing, Range header, String... names) {
    String name = names[0];
    Optional<MapEntry> entry = Args.entry(arguments, names);
    if (entry.isEmpty()) {
      return whenMissing.map(value -> Fact.byDefault(value, name, header))
          .orElseGet(() -> Fact.unknown(name, header, List.of()));
    }
    Value value = entry.get().value();
    Optional<List<Value>> items = value.asList();
    if (items.isEmpty()) {
      return Fact.unknown(name, entry.get().range(), value.origin());
    }
    if (items.get().stream().anyMatch(item -> item.asString().isPresent())) {
      return Fact.known(true, name, entry.get().range(), value.origin());
    }
    return items.get().isEmpty()
        ? Fact.known(false, name, entry.get().range(), value.origin())
        : Fact.unknown(name, entry.get().range(), value.origin());
  }
}
