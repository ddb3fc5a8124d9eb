package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An HCL expression, as the HCL native syntax specification defines them. Every node carries its range; a
 * parenthesised expression keeps its parentheses as {@link Parens}.
 */
public sealed interface Expression extends Node {

  /** A number literal, exact. */
  record NumberLiteral(BigDecimal value, Range range) implements Expression {}

  /** {@code true} or {@code false}. */
  record BoolLiteral(boolean value, Range range) implements Expression {}

  /** {@code null}. */
  record NullLiteral(Range range) implements Expression {}

  /**
   * A quoted template {@code "..."} or a heredoc {@code <<EOT} / {@code <<-EOT}. Literal parts are already
   * decoded: escapes resolved ({@code \n}, {@code \"}, {@code \\u0041}, <code>$${</code> to <code>${</code>,
   * <code>%%{</code> to <code>%{</code>), strip markers ({@code ~}) applied, and a {@code <<-} heredoc's common
   * indentation removed.
   *
   * @param parts   literal text, interpolations and directives, in order; empty for {@code ""}
   * @param heredoc whether it is a heredoc
   */
  record Template(List<TemplatePart> parts, boolean heredoc, Range range) implements Expression {
    public Template {
      parts = List.copyOf(parts);
    }

    /** The text, if the template is a plain string without interpolations or directives. */
    public Optional<String> literal() {
      if (parts.isEmpty()) {
        return Optional.of("");
      }
      StringBuilder text = new StringBuilder();
      for (TemplatePart part : parts) {
        if (!(part instanceof TemplatePart.Literal literal)) {
          return Optional.empty();
        }
        text.append(literal.value());
      }
      return Optional.of(text.toString());
    }
  }

  /** {@code [a, b, c]}. */
  record Tuple(List<Expression> items, Range range) implements Expression {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /** <code>{ key = value, ... }</code>. */
  record ObjectCons(List<ObjectItem> items, Range range) implements Expression {
    public ObjectCons {
      items = List.copyOf(items);
    }
  }

  /**
   * One item of an object constructor, written with {@code =} or {@code :}. A bare identifier key (a
   * {@link Variable}) stands for its own name as a string; a parenthesised key is an expression.
   */
  record ObjectItem(Expression key, Expression value, Range range) implements Node {}

  /** A variable: the root of a traversal, e.g. {@code var}, {@code aws_s3_bucket}, {@code each}, {@code count}. */
  record Variable(String name, Range range) implements Expression {}

  /** {@code target.name}. */
  record GetAttr(Expression target, Body.Identifier name, Range range) implements Expression {}

  /** {@code target[key]}, or the legacy {@code target.0} (then {@code legacy} is true and the key a number). */
  record Index(Expression target, Expression key, boolean legacy, Range range) implements Expression {}

  /**
   * A splat: {@code source.*.rest} (attribute-only, {@code attributeOnly} true) or {@code source[*].rest}.
   * {@code each} is the traversal applied to each element, built on a {@link SplatItem}; it is the bare
   * {@link SplatItem} when nothing follows the splat.
   */
  record Splat(Expression source, Expression each, boolean attributeOnly, Range range) implements Expression {}

  /** The element a splat's {@code each} traversal starts from; its range is the splat operator's. */
  record SplatItem(Range range) implements Expression {}

  /**
   * {@code name(args...)}, with {@code expandFinal} for a final {@code ...}. The name may be a provider function,
   * {@code provider::aws::arn_parse}.
   */
  record FunctionCall(Body.Identifier name, List<Expression> args, boolean expandFinal, Range range)
      implements Expression {
    public FunctionCall {
      args = List.copyOf(args);
    }
  }

  /** {@code condition ? whenTrue : whenFalse}. */
  record Conditional(Expression condition, Expression whenTrue, Expression whenFalse, Range range)
      implements Expression {}

  /** {@code -operand} or {@code !operand}. */
  record Unary(UnaryOperator operator, Expression operand, Range range) implements Expression {}

  /** {@code left operator right}. */
  record Binary(BinaryOperator operator, Expression left, Expression right, Range range) implements Expression {}

  /**
   * {@code [for k, v in collection : value if condition]} or
   * <code>{for k, v in collection : key => value... if condition}</code>.
   *
   * @param keyVariable the first variable when two are given
   * @param key         the key expression of an object {@code for}; empty for a tuple {@code for}
   * @param grouping    whether the value ends with {@code ...} (object form only)
   */
  record For(
      Optional<Body.Identifier> keyVariable,
      Body.Identifier valueVariable,
      Expression collection,
      Optional<Expression> key,
      Expression value,
      boolean grouping,
      Optional<Expression> condition,
      Range range) implements Expression {}

  /** {@code (inner)}. */
  record Parens(Expression inner, Range range) implements Expression {}

  /** Unary operators. */
  enum UnaryOperator {
    NEGATE("-"),
    NOT("!");

    private final String symbol;

    UnaryOperator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
      return symbol;
    }
  }

  /** Binary operators, from lowest to highest precedence group. */
  enum BinaryOperator {
    OR("||"),
    AND("&&"),
    EQUAL("=="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    MODULO("%");

    private final String symbol;

    BinaryOperator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
      return symbol;
    }
  }
}
