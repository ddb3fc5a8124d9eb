package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * Whether a list of exported log types (Terraform {@code enabled_cloudwatch_logs_exports}, CloudFormation
 * {@code EnableCloudwatchLogsExports}) exports what matters: the log type {@code required} when one is named, else any
 * log type. A missing or null list exports nothing.
 */
public final class LogExports {
  private LogExports() {}

  /**
   * The fact that list {@code key} of {@code attributes} exports the logs wanted; false at {@code header} when missing.
   */
  public static Fact of(MapValue attributes, String key, Optional<String> required, Range header) {
    Optional<MapEntry> entry = attributes.entry(key).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, key, header);
    }
    Value value = entry.get().value();
    Optional<List<Value>> items = value.asList();
    if (items.isEmpty()) {
      return Fact.unknown(key, entry.get().range(), value.origin());
    }
    boolean unknown = false;
    for (Value item : items.get()) {
      Optional<String> type = item.asString();
      if (type.isEmpty()) {
        unknown = true;
      } else if (required.map(type.get()::equals).orElse(true)) {
        return Fact.known(true, key, entry.get().range(), value.origin());
      }
    }
    return unknown
        ? Fact.unknown(key, entry.get().range(), value.origin())
        : Fact.known(false, key, entry.get().range(), value.origin());
  }
}
