package dev.bulwark.core.report;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Severity;

/** ANSI colours for the text report, or none. */
record Ansi(boolean enabled) {
  private static final String RESET = "\u001b[0m";

  String bold(String text) {
    return paint("1", text);
  }

  String severity(Severity severity, String text) {
    return paint(switch (severity) {
      case CRITICAL -> "1;31";
      case HIGH -> "31";
      case MEDIUM -> "33";
      case LOW -> "36";
    }, text);
  }

  String level(Diagnostic.Level level, String text) {
    return paint(switch (level) {
      case ERROR -> "31";
      case WARNING -> "33";
      case NOTE -> "36";
    }, text);
  }

  private String paint(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
