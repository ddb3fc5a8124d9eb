package dev.bulwark.core.value;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that cannot be known before deployment or was not resolved: a variable without a default, a computed
 * attribute, an expression the evaluator does not support. {@code expression} is its source text.
 *
 * <p>When the value is a choice whose condition cannot be decided (a CloudFormation {@code Fn::If} on an unknown
 * condition), {@code alternatives} lists the reachable choices, each with the condition that leads to it; the value
 * itself stays unknown, and only rules that ask for reachable alternatives see them.
 *
 * <p>When the value is text that an encoding function makes of a partly known value (Terraform's {@code jsonencode}
 * of a policy whose resource is an ARN known after apply), {@code encoded} is that value, so that what is known of the
 * document can still be read.
 */
public record UnknownValue(
    String expression, Range range, List<RelatedLocation> origin, List<Alternative> alternatives,
    Optional<Value> encoded) implements Value {

  /**
   * One reachable choice of an unknown value.
   *
   * @param condition when the choice is taken, e.g. {@code condition `UsePublicSubnet` is true}
   * @param value     the value then
   */
  public record Alternative(String condition, Value value) {
    public Alternative {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(value, "value");
    }
  }

  public UnknownValue {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
    alternatives = List.copyOf(alternatives);
    Objects.requireNonNull(encoded, "encoded");
  }

  public UnknownValue(String expression, Range range, List<RelatedLocation> origin, List<Alternative> alternatives) {
    this(expression, range, origin, alternatives, Optional.empty());
  }

  public UnknownValue(String expression, Range range, List<RelatedLocation> origin) {
    this(expression, range, origin, List.of());
  }

  public UnknownValue(String expression, Range range) {
    this(expression, range, List.of(), List.of());
  }

  @Override
  public UnknownValue withOriginPrefix(List<RelatedLocation> hops) {
    return new UnknownValue(expression, range, Origins.prefix(hops, origin), alternatives, encoded);
  }

  /** This value, as the text an encoding function makes of {@code value}. */
  public UnknownValue encoding(Value value) {
    return new UnknownValue(expression, range, origin, alternatives, Optional.of(value));
  }
}
