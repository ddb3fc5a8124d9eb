package dev.bulwark.testkit;

import java.util.Optional;

/**
 * One expected finding: rule {@code ruleId} on line {@code line} of {@code file}, optionally at exact columns
 * (from a caret marker line under it).
 */
record Expectation(String file, int line, String ruleId, Optional<Columns> columns) {

  /** The expected start column and exclusive end column. */
  record Columns(int start, int end) {}

  String key() {
    return file + ":" + line + " " + ruleId;
  }
}
