package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.Value;
import java.util.List;

/**
 * An object a traversal reads one step at a time, so that {@code aws_s3_bucket.logs.id} evaluates only what it
 * needs: a resource or module instance, the instances of a resource with {@code count} or {@code for_each}, or a
 * namespace such as {@code var} or {@code data.aws_iam_policy_document}. Methods throw {@link EvaluationError} for a
 * step Terraform would reject.
 */
public interface LazyObject extends Operand {
  /** The attribute {@code name}, read at {@code range}. */
  Operand attribute(String name, Range range);

  /** The element at {@code key} (a number or a string), read at {@code range}. */
  default Operand index(Value key, Range range) {
    return Operand.Plain.of(Steps.index(value(range), key));
  }

  /** The whole object as a value, used at {@code range}. */
  Value value(Range range);

  /** What a splat applies to: the instances of a resource or module with several, else this object alone. */
  default List<Operand> splatItems(Range range) {
    return List.of(this);
  }
}
