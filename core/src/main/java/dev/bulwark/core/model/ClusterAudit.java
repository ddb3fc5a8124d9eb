package dev.bulwark.core.model;

import dev.bulwark.core.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The cluster parameter that turns auditing on for a DocumentDB or Neptune cluster: the {@code audit} log it exports
 * stays empty unless its parameter group sets it. DocumentDB's {@code audit_logs} is on with {@code enabled},
 * {@code all}, {@code ddl}, {@code dml_read} or {@code dml_write} (or a comma-separated list of them) and off with
 * {@code disabled} or {@code none}, its default; Neptune's {@code neptune_enable_audit_log} is on with {@code 1} and
 * off with {@code 0}, its default. The engines' default parameter groups leave it off
 * ({@link ParameterGroups#notAtHand}).
 */
public final class ClusterAudit {
  /** DocumentDB's audit parameter. */
  public static final String DOCUMENTDB = "audit_logs";
  /** Neptune's audit parameter. */
  public static final String NEPTUNE = "neptune_enable_audit_log";
  private static final Set<String> DOCUMENTDB_ON = Set.of("enabled", "all", "ddl", "dml_read", "dml_write");
  private static final Set<String> DOCUMENTDB_OFF = Set.of("disabled", "none");

  private ClusterAudit() {}

  /** Whether {@code value}, set for {@code parameter}, turns auditing on; empty when it is not a known setting. */
  public static Optional<Boolean> on(String parameter, Value value) {
    Optional<String> text = value.asString().map(setting -> setting.strip().toLowerCase(Locale.ROOT));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (parameter.equals(NEPTUNE)) {
      return text.get().equals("1") ? Optional.of(true) : text.get().equals("0") ? Optional.of(false)
          : Optional.empty();
    }
    List<String> settings = Arrays.stream(text.get().split(",")).map(String::strip).toList();
    if (settings.stream().anyMatch(DOCUMENTDB_ON::contains)) {
      return Optional.of(true);
    }
    return settings.stream().allMatch(DOCUMENTDB_OFF::contains) ? Optional.of(false) : Optional.empty();
  }
}
