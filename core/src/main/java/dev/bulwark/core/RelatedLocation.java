package dev.bulwark.core;

import java.util.Objects;

/** A location that explains a value or a finding, with a message saying what it is (e.g. "variable default"). */
public record RelatedLocation(Range range, String message) {
  public RelatedLocation {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(message, "message");
  }
}
