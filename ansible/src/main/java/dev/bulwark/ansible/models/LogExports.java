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
 * missing list exports none when {@code whenMissing} says so, and is unknown without a default. An empty list turns
 * every export off, unless {@code purge_cloudwatch_logs_exports} is false: then it adds nothing to what the resource
 * exports, as if it were missing.
 */
final class LogExports {
  private LogExports() {}

  private static final String PURGE = "purge_cloudwatch_logs_exports";

  static Fact of(MapValue arguments, Optional<Boolean> whenMissing, Range header, String... names) {
    String name = names[0];
    Optional<MapEntry> entry = Args.entry(arguments, names);
    if (entry.isEmpty()) {
      return missing(whenMissing, name, header);
    }
    Value value = entry.get().value();
    Optional<List<Value>> items = value.asList();
    if (items.isEmpty()) {
      return Fact.unknown(name, entry.get().range(), value.origin());
    }
    if (items.get().stream().anyMatch(item -> item.asString().isPresent())) {
      return Fact.known(true, name, entry.get().range(), value.origin());
    }
    if (!items.get().isEmpty()) {
      return Fact.unknown(name, entry.get().range(), value.origin());
    }
    Optional<Boolean> purges = Args.entry(arguments, PURGE).map(purge -> Args.bool(purge.value()))
        .orElse(Optional.of(true));
    if (purges.isEmpty()) {
      return Fact.unknown(name, entry.get().range(), value.origin());
    }
    return purges.get() ? Fact.known(false, name, entry.get().range(), value.origin())
        : missing(whenMissing, name, header);
  }

  private static Fact missing(Optional<Boolean> whenMissing, String name, Range header) {
    return whenMissing.map(value -> Fact.byDefault(value, name, header))
        .orElseGet(() -> Fact.unknown(name, header, List.of()));
  }
}
