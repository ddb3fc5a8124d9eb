package dev.bulwark.ansible.jinja;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Jinja expressions the resolver evaluates: literals, variables, attribute and item access, filters,
 * arithmetic and {@code ~} concatenation, comparisons, membership, tests, {@code not}, {@code and} and {@code or},
 * conditional expressions, and {@code lookup(...)} calls.
 */
sealed interface Expression {
  /** Whether this expression and all it contains can be evaluated, given which filter calls can. */
  boolean supported(Predicate<FilterCall> filters);

  /** A string, number, boolean or {@code none} literal. */
  record Literal(Object value) implements Expression {
    public Literal {
      if (value != null && !(value instanceof String || value instanceof BigDecimal || value instanceof Boolean)) {
        throw new IllegalArgumentException("not a literal: " + value);
      }
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return true;
    }
  }

  /** A variable. */
  record Name(String name) implements Expression {
    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return true;
    }
  }

  /** {@code target.name}. */
  record Attribute(Expression target, String name) implements Expression {
    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return target.supported(filters);
    }
  }

  /** {@code target[index]}. */
  record Item(Expression target, Expression index) implements Expression {
    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return target.supported(filters) && index.supported(filters);
    }
  }

  /** {@code [a, b]}. */
  record ListDisplay(List<Expression> items) implements Expression {
    public ListDisplay {
      items = List.copyOf(items);
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return items.stream().allMatch(item -> item.supported(filters));
    }
  }

  /** <code>{'key': value}</code>; keys in source order. */
  record DictDisplay(List<Map.Entry<Expression, Expression>> entries) implements Expression {
    public DictDisplay {
      entries = List.copyOf(entries);
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return entries.stream()
          .allMatch(entry -> entry.getKey().supported(filters) && entry.getValue().supported(filters));
    }
  }

  /** {@code not operand}. */
  record Not(Expression operand) implements Expression {
    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return operand.supported(filters);
    }
  }

  /** {@code left == right}, {@code left < right} and the other comparison operators. */
  record Comparison(Expression left, Operator operator, Expression right) implements Expression {
    /** The operator. */
    enum Operator {
      EQ,
      NE,
      LT,
      LE,
      GT,
      GE
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return left.supported(filters) && right.supported(filters);
    }
  }

  /** {@code item in container}, or {@code item not in container} when not {@code in}. */
  record Membership(Expression item, boolean in, Expression container) implements Expression {
    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return item.supported(filters) && container.supported(filters);
    }
  }

  /** {@code operand is test}, for the tests that take no argument. */
  record Is(Expression operand, Test test) implements Expression {
    /** The test. */
    enum Test {
      DEFINED,
      UNDEFINED,
      NONE,
      TRUE,
      FALSE,
      BOOLEAN,
      STRING,
      NUMBER,
      MAPPING,
      SEQUENCE
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return operand.supported(filters);
    }
  }

  /** {@code left and right}, {@code left or right}. */
  record Logical(Expression left, Operator operator, Expression right) implements Expression {
    /** The operator. */
    enum Operator {
      AND,
      OR
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return left.supported(filters) && right.supported(filters);
    }
  }

  /** {@code input | name(args, key=value)}. */
  record FilterCall(Expression input, String name, List<Expression> arguments, Map<String, Expression> keywords)
      implements Expression {
    public FilterCall {
      arguments = List.copyOf(arguments);
      keywords = Map.copyOf(keywords);
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return filters.test(this) && input.supported(filters)
          && arguments.stream().allMatch(argument -> argument.supported(filters))
          && keywords.values().stream().allMatch(keyword -> keyword.supported(filters));
    }
  }

  /** {@code whenTrue if condition else whenFalse}. */
  record Conditional(Expression whenTrue, Expression condition, Expression whenFalse) implements Expression {
    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return whenTrue.supported(filters) && condition.supported(filters) && whenFalse.supported(filters);
    }
  }

  /** {@code left + right} and the other arithmetic operators. */
  record Arithmetic(Expression left, Operator operator, Expression right) implements Expression {
    /** The operator. */
    enum Operator {
      ADD,
      SUBTRACT,
      MULTIPLY,
      DIVIDE,
      FLOOR_DIVIDE,
      MODULO,
      POWER
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return left.supported(filters) && right.supported(filters);
    }
  }

  /** {@code a ~ b ~ c}: the operands' text, joined. */
  record Concat(List<Expression> parts) implements Expression {
    public Concat {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return parts.stream().allMatch(part -> part.supported(filters));
    }
  }

  /** {@code lookup(plugin, term, key=value)}. */
  record Lookup(List<Expression> arguments, Map<String, Expression> keywords) implements Expression {
    public Lookup {
      arguments = List.copyOf(arguments);
      keywords = Map.copyOf(keywords);
    }

    @Override
    public boolean supported(Predicate<FilterCall> filters) {
      return arguments.stream().allMatch(argument -> argument.supported(filters))
          && keywords.values().stream().allMatch(keyword -> keyword.supported(filters));
    }
  }
}
