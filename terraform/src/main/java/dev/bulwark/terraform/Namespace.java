package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.EvaluationError;
import dev.bulwark.terraform.eval.LazyObject;
import dev.bulwark.terraform.eval.Operand;
import java.util.function.BiFunction;

/** A name that is only a prefix, such as {@code var}, {@code local} or {@code aws_s3_bucket}: its attributes. */
record Namespace(String name, BiFunction<String, Range, Operand> lookup) implements LazyObject {
  @Override
  public Operand attribute(String attribute, Range range) {
    return lookup.apply(attribute, range);
  }

  @Override
  public Value value(Range range) {
    throw new EvaluationError("`" + name + "` is not a value");
  }
}
