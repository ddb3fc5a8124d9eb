package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.Range;
import java.util.Objects;

/**
 * The {@code Condition} a resource is created under, where it is not known to hold: its name, and where the
 * template's {@code Conditions} define it.
 */
public record ResourceCondition(String name, Range definition) {
  public ResourceCondition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
  }

  /** E.g. "condition `IsProd` is false", the way a choice on it reads. */
  String is(boolean value) {
    return "condition `" + name + "` is " + value;
  }
}
