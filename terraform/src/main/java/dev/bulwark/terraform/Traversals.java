package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.terraform.hcl.Expression;
import dev.bulwark.terraform.hcl.TemplatePart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Finds the traversals (variable roots followed by attribute and index steps) inside an expression. */
final class Traversals {
  private Traversals() {}

  /**
   * A traversal: its root variable, the attribute names and literal index keys that follow, and the range of the
   * whole traversal.
   */
  record Traversal(String root, List<String> steps, Range range) {}

  /** Calls {@code sink} for each traversal in {@code expression} whose root is not one of {@code bound}. */
  static void visit(Expression expression, Set<String> bound, Consumer<Traversal> sink) {
    Optional<Traversal> traversal = traversal(expression);
    if (traversal.isPresent()) {
      if (!bound.contains(traversal.get().root())) {
        sink.accept(traversal.get());
      }
      indexKeys(expression).forEach(key -> visit(key, bound, sink));
      return;
    }
    if (expression instanceof Expression.For forExpr) {
      visit(forExpr.collection(), bound, sink);
      Set<String> inner = new HashSet<>(bound);
      forExpr.keyVariable().ifPresent(name -> inner.add(name.name()));
      inner.add(forExpr.valueVariable().name());
      forExpr.key().ifPresent(key -> visit(key, inner, sink));
      visit(forExpr.value(), inner, sink);
      forExpr.condition().ifPresent(condition -> visit(condition, inner, sink));
      return;
    }
    if (expression instanceof Expression.Template template) {
      visitParts(template.parts(), bound, sink);
      return;
    }
    children(expression).forEach(child -> visit(child, bound, sink));
  }

  private static void visitParts(List<TemplatePart> parts, Set<String> bound, Consumer<Traversal> sink) {
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Interpolation interpolation) {
        visit(interpolation.expression(), bound, sink);
      } else if (part instanceof TemplatePart.If directive) {
        visit(directive.condition(), bound, sink);
        visitParts(directive.whenTrue(), bound, sink);
        visitParts(directive.whenFalse(), bound, sink);
      } else if (part instanceof TemplatePart.For directive) {
        visit(directive.collection(), bound, sink);
        Set<String> inner = new HashSet<>(bound);
        directive.keyVariable().ifPresent(name -> inner.add(name.name()));
        inner.add(directive.valueVariable().name());
        visitParts(directive.body(), inner, sink);
      }
    }
  }

  private static List<Expression> children(Expression expression) {
    if (expression instanceof Expression.Tuple tuple) {
      return tuple.items();
    }
    if (expression instanceof Expression.ObjectCons object) {
      List<Expression> children = new ArrayList<>();
      for (Expression.ObjectItem item : object.items()) {
        if (!(item.key() instanceof Expression.Variable)) {
          children.add(item.key());
        }
        children.add(item.value());
      }
      return children;
    }
    if (expression instanceof Expression.GetAttr getAttr) {
      return List.of(getAttr.target());
    }
    if (expression instanceof Expression.Index index) {
      return List.of(index.target(), index.key());
    }
    if (expression instanceof Expression.Splat splat) {
      return List.of(splat.source(), splat.each());
    }
    if (expression instanceof Expression.FunctionCall call) {
      return call.args();
    }
    if (expression instanceof Expression.Conditional conditional) {
      return List.of(conditional.condition(), conditional.whenTrue(), conditional.whenFalse());
    }
    if (expression instanceof Expression.Unary unary) {
      return List.of(unary.operand());
    }
    if (expression instanceof Expression.Binary binary) {
      return List.of(binary.left(), binary.right());
    }
    if (expression instanceof Expression.Parens parens) {
      return List.of(parens.inner());
    }
    return List.of();
  }

  /** The traversal {@code expression} is, if it is a chain of attribute and index steps from a variable. */
  static Optional<Traversal> traversal(Expression expression) {
    List<String> steps = new ArrayList<>();
    Expression current = expression;
    while (true) {
      if (current instanceof Expression.GetAttr getAttr) {
        steps.add(0, getAttr.name().name());
        current = getAttr.target();
      } else if (current instanceof Expression.Index index) {
        steps.add(0, literalKey(index.key()).orElse("*"));
        current = index.target();
      } else if (current instanceof Expression.Variable variable) {
        return Optional.of(new Traversal(variable.name(), steps, expression.range()));
      } else {
        return Optional.empty();
      }
    }
  }

  private static Optional<String> literalKey(Expression key) {
    if (key instanceof Expression.NumberLiteral number) {
      return Optional.of(number.value().toPlainString());
    }
    return key instanceof Expression.Template template ? template.literal() : Optional.empty();
  }

  private static List<Expression> indexKeys(Expression expression) {
    List<Expression> keys = new ArrayList<>();
    Expression current = expression;
    while (current instanceof Expression.GetAttr || current instanceof Expression.Index) {
      if (current instanceof Expression.Index index) {
        keys.add(index.key());
        current = index.target();
      } else {
        current = ((Expression.GetAttr) current).target();
      }
    }
    return keys;
  }
}
