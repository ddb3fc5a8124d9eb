package dev.bulwark.terraform.models;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Terraform version constraint ({@code "~> 5.0, != 5.1.0"}, or a locked {@code "5.31.0"}) reduced to what decides
 * a default: the newest release it allows, which is the one {@code terraform init} installs. Lower bounds and
 * {@code !=} do not limit it; pre-release suffixes are ignored.
 *
 * @param upper the bound on the newest release allowed; empty when the latest release is allowed
 */
record VersionConstraint(Optional<Bound> upper) {
  private static final Pattern CLAUSE =
      Pattern.compile("\\s*(~>|>=|<=|!=|=|>|<)?\\s*v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-+][0-9A-Za-z.+-]*)?\\s*");

  /** A release number. */
  record Version(int major, int minor, int patch) implements Comparable<Version> {
    @Override
    public int compareTo(Version other) {
      int byMajor = Integer.compare(major, other.major);
      if (byMajor != 0) {
        return byMajor;
      }
      int byMinor = Integer.compare(minor, other.minor);
      return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    /** The release number without trailing zero parts: {@code 18}, {@code 3.9}, {@code 3.9.1}. */
    @Override
    public String toString() {
      return major + (minor == 0 && patch == 0 ? "" : "." + minor + (patch == 0 ? "" : "." + patch));
    }
  }

  /** A bound on the releases allowed: {@code version} itself is allowed when {@code inclusive}. */
  record Bound(Version version, boolean inclusive) {}

  /** The constraint {@code text} states; empty when it is not a constraint Terraform accepts. */
  static Optional<VersionConstraint> parse(String text) {
    VersionConstraint all = new VersionConstraint(Optional.empty());
    for (String clause : text.split(",", -1)) {
      Matcher matcher = CLAUSE.matcher(clause);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      all = all.and(clause(matcher));
    }
    return Optional.of(all);
  }

  /** The releases both this constraint and {@code other} allow. */
  VersionConstraint and(VersionConstraint other) {
    return new VersionConstraint(earlier(upper, other.upper));
  }

  /** Whether every release allowed is older than {@code major}.0.0. */
  boolean onlyBefore(int major) {
    return onlyBefore(new Version(major, 0, 0));
  }

  /** Whether every release allowed is older than {@code first}. */
  boolean onlyBefore(Version first) {
    return upper.filter(bound -> bound.version().compareTo(first) < 0
        || bound.version().equals(first) && !bound.inclusive()).isPresent();
  }

  private static VersionConstraint clause(Matcher matcher) {
    String operator = matcher.group(1) == null ? "=" : matcher.group(1);
    Version version = new Version(number(matcher.group(2)), number(matcher.group(3)), number(matcher.group(4)));
    Optional<Bound> upper = switch (operator) {
      case "=", "<=" -> Optional.of(new Bound(version, true));
      case "<" -> Optional.of(new Bound(version, false));
      case "~>" -> Optional.of(new Bound(pessimisticLimit(version, matcher), false));
      default -> Optional.empty();
    };
    return new VersionConstraint(upper);
  }

  /** {@code ~> 1.2.3} allows releases before 1.3.0; {@code ~> 1.2} and {@code ~> 1} before 2.0.0. */
  private static Version pessimisticLimit(Version version, Matcher matcher) {
    return matcher.group(4) != null
        ? new Version(version.major(), version.minor() + 1, 0)
        : new Version(version.major() + 1, 0, 0);
  }

  private static int number(String digits) {
    if (digits == null) {
      return 0;
    }
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** The earlier of two upper bounds. */
  private static Optional<Bound> earlier(Optional<Bound> one, Optional<Bound> other) {
    if (one.isEmpty() || other.isEmpty()) {
      return one.isPresent() ? one : other;
    }
    int order = one.get().version().compareTo(other.get().version());
    if (order != 0) {
      return order < 0 ? one : other;
    }
    return one.get().inclusive() ? other : one;
  }
}
