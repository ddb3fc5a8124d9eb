package dev.bulwark.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Whether a service's logging level (API Gateway, Step Functions, AppSync) writes logs. */
public final class LogLevels {
  private LogLevels() {}

  /**
   * True for a level among {@code logging}, false for one among {@code silent} (both in upper case, compared without
   * case or surrounding blanks); empty for any other text, which is not a level the service knows.
   */
  public static Optional<Boolean> writes(String level, Set<String> logging, Set<String> silent) {
    String normalized = level.strip().toUpperCase(Locale.ROOT);
    if (logging.contains(normalized)) {
      return Optional.of(true);
    }
    return silent.contains(normalized) ? Optional.of(false) : Optional.empty();
  }
}
