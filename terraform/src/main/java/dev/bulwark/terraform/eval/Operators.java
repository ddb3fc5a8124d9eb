package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Expression;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Unary and binary operators. {@code &&} and {@code ||} are decided by one known side when it suffices
 * ({@code false && x} is false whatever {@code x} is); {@code ==} and {@code !=} with null need only both sides known
 * at their top level, as Terraform compares a value with null (a list holding an unknown item is not null); every
 * other operator needs both sides known. The result is
 * located at the operator expression, with its operands' origins.
 */
final class Operators {
  private static final MathContext PRECISION = MathContext.DECIMAL128;

  private Operators() {}

  static Value unary(Evaluator evaluator, Expression.Unary unary, Env env) {
    Value operand = evaluator.value(unary.operand(), env);
    List<RelatedLocation> why = Evaluator.trail(operand, unary.operand().range());
    Range range = unary.range();
    if (!operand.isKnown()) {
      return evaluator.unknown(range).withOriginPrefix(why);
    }
    requireNotNull(operand);
    return unary.operator() == Expression.UnaryOperator.NOT
        ? new BoolValue(!Conversions.bool(operand), range, why)
        : new NumberValue(Conversions.number(operand).negate(), range, why);
  }

  static Value binary(Evaluator evaluator, Expression.Binary binary, Env env) {
    Expression.BinaryOperator operator = binary.operator();
    Value left = evaluator.value(binary.left(), env);
    if (operator == Expression.BinaryOperator.AND || operator == Expression.BinaryOperator.OR) {
      return logical(evaluator, binary, left, env);
    }
    Value right = evaluator.value(binary.right(), env);
    List<RelatedLocation> why = Values.join(Evaluator.trail(left, binary.left().range()),
        Evaluator.trail(right, binary.right().range()));
    Range range = binary.range();
    if (operator == Expression.BinaryOperator.EQUAL || operator == Expression.BinaryOperator.NOT_EQUAL) {
      if (left.isKnown() && right.isKnown() && (left instanceof NullValue || right instanceof NullValue)) {
        boolean bothNull = left instanceof NullValue && right instanceof NullValue;
        return new BoolValue(operator == Expression.BinaryOperator.EQUAL == bothNull, range, why);
      }
      if (!Values.whollyKnown(left) || !Values.whollyKnown(right)) {
        return evaluator.unknown(range).withOriginPrefix(why);
      }
      boolean same = Values.same(left, right);
      return new BoolValue(operator == Expression.BinaryOperator.EQUAL == same, range, why);
    }
    if (!left.isKnown() || !right.isKnown()) {
      return evaluator.unknown(range).withOriginPrefix(why);
    }
    requireNotNull(left);
    requireNotNull(right);
    BigDecimal a = Conversions.number(left);
    BigDecimal b = Conversions.number(right);
    return switch (operator) {
      case LESS -> new BoolValue(a.compareTo(b) < 0, range, why);
      case LESS_OR_EQUAL -> new BoolValue(a.compareTo(b) <= 0, range, why);
      case GREATER -> new BoolValue(a.compareTo(b) > 0, range, why);
      case GREATER_OR_EQUAL -> new BoolValue(a.compareTo(b) >= 0, range, why);
      default -> new NumberValue(arithmetic(operator, a, b), range, why);
    };
  }

  private static BigDecimal arithmetic(Expression.BinaryOperator operator, BigDecimal a, BigDecimal b) {
    if ((operator == Expression.BinaryOperator.DIVIDE || operator == Expression.BinaryOperator.MODULO)
        && b.signum() == 0) {
      throw new EvaluationError("division by zero");
    }
    return switch (operator) {
      case ADD -> a.add(b, PRECISION);
      case SUBTRACT -> a.subtract(b, PRECISION);
      case MULTIPLY -> a.multiply(b, PRECISION);
      case DIVIDE -> a.divide(b, PRECISION);
      case MODULO -> a.remainder(b, PRECISION);
      default -> throw new IllegalStateException("not arithmetic: " + operator);
    };
  }

  private static Value logical(Evaluator evaluator, Expression.Binary binary, Value left, Env env) {
    boolean and = binary.operator() == Expression.BinaryOperator.AND;
    Range range = binary.range();
    List<RelatedLocation> leftWhy = Evaluator.trail(left, binary.left().range());
    if (left.isKnown()) {
      requireNotNull(left);
      if (Conversions.bool(left) != and) {
        return new BoolValue(!and, range, leftWhy);
      }
    }
    Value right = evaluator.value(binary.right(), env);
    List<RelatedLocation> why = Values.join(leftWhy, Evaluator.trail(right, binary.right().range()));
    if (right.isKnown()) {
      requireNotNull(right);
      boolean decided = Conversions.bool(right);
      if (decided != and || left.isKnown()) {
        return new BoolValue(decided, range, why);
      }
    }
    return evaluator.unknown(range).withOriginPrefix(why);
  }

  private static void requireNotNull(Value value) {
    if (value instanceof NullValue) {
      throw new EvaluationError("an operand is null");
    }
  }
}
