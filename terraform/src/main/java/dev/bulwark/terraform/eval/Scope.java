package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.Value;
import java.util.Optional;

/**
 * The names an expression can use and the world it can see: implemented by the module front end for a module
 * instance, a resource instance with its {@code each} and {@code count}, a dynamic block's iterator.
 */
public interface Scope {
  /** A scope where no name is defined and no file can be read: for constants, such as variable files. */
  Scope NONE = new Scope() {
    @Override
    public Operand root(String name, Range range) {
      throw new EvaluationError("`" + name + "` is not defined here");
    }

    @Override
    public boolean isCallSite(Range range) {
      return false;
    }

    @Override
    public Optional<String> file(String path) {
      return Optional.empty();
    }
  };

  /**
   * What the root name of a traversal stands for ({@code var}, {@code local}, {@code each}, {@code aws_s3_bucket},
   * ...). Throws {@link EvaluationError} for a name that is not defined.
   */
  Operand root(String name, Range range);

  /** Whether a value located at {@code range} was written at the call site of the module being evaluated. */
  boolean isCallSite(Range range);

  /**
   * Notes that an attribute or element of {@code value} is read, and says whether it is the object of a resource:
   * reading it records a dependency, and an attribute it lacks is unknown (computed by the provider), not an error.
   */
  default boolean read(Value value) {
    return false;
  }

  /** Notes that {@code moved} is {@code original} moved to where it is used, so that it is the same object. */
  default void moved(Value original, Value moved) {}

  /** The text of the file at {@code path} (relative to the root module) for {@code file()}; empty if unreadable. */
  Optional<String> file(String path);
}
