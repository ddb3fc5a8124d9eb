package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.Value;
import java.util.Objects;

/**
 * What a part of a traversal stands for while it is evaluated: a plain value, or an object that is read one
 * attribute at a time ({@link LazyObject}: a resource, a module, a namespace such as {@code var}).
 */
public interface Operand {

  /**
   * A value, with what a reader should be told about where it came from.
   *
   * @param value    the value, located where it was written
   * @param source   a description of that place for a related location, e.g. "default of `var.x`"; empty for none
   * @param callSite whether the value was set at the call site of the module being evaluated: it keeps that location
   *                 and the place it is used gets a related location described by {@code source}
   */
  record Plain(Value value, String source, boolean callSite) implements Operand {
    public Plain {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
    }

    /** A value with nothing more to say about it. */
    public static Plain of(Value value) {
      return new Plain(value, "", false);
    }

    /** This operand with another value and the same provenance. */
    Plain with(Value other) {
      return new Plain(other, source, callSite);
    }
  }
}
