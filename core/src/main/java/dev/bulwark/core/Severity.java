package dev.bulwark.core;

import java.util.Locale;

/** How serious a finding is; ordered from least to most severe. */
public enum Severity {
  LOW(3.0),
  MEDIUM(5.5),
  HIGH(8.0),
  CRITICAL(9.5);

  private final double score;

  Severity(double score) {
    this.score = score;
  }

  /** The CVSS-like score used as SARIF {@code security-severity} (GitHub's bands: low &lt; 4, high &ge; 7). */
  public double score() {
    return score;
  }

  /** Whether this severity is at or above {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }

  /** Parses a severity name in any case, e.g. {@code high}. */
  public static Severity parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  /** The lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
