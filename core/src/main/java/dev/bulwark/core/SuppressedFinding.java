package dev.bulwark.core;

import java.util.Objects;

/**
 * A finding that is not counted, and why. Suppressed findings are reported (SARIF {@code suppressions}, JSON
 * {@code suppressed}) but do not fail a build.
 *
 * @param finding     the finding
 * @param suppression what suppressed it
 */
public record SuppressedFinding(Finding finding, Suppression suppression) implements Comparable<SuppressedFinding> {
  public SuppressedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(suppression, "suppression");
  }

  @Override
  public int compareTo(SuppressedFinding other) {
    return finding.compareTo(other.finding);
  }
}
