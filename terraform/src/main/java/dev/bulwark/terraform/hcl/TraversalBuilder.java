package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import dev.bulwark.terraform.hcl.grammar.HclGrammar;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Folds the traversals after a term into {@link Expression.GetAttr}, {@link Expression.Index} and
 * {@link Expression.Splat} nodes. A full splat {@code [*]} takes every traversal after it as its {@code each}; an
 * attribute-only splat {@code .*} takes only the attribute accesses and legacy indexes right after it.
 */
final class TraversalBuilder {
  private final Spans spans;
  private final ParseErrors errors;
  private final Depth depth;
  private final ExpressionBuilder expressions;

  TraversalBuilder(Spans spans, ParseErrors errors, Depth depth, ExpressionBuilder expressions) {
    this.spans = spans;
    this.errors = errors;
    this.depth = depth;
    this.expressions = expressions;
  }

  /** {@code source} followed by {@code steps}; each step is one level deeper. */
  Expression fold(Expression source, List<HclGrammar.PostfixContext> steps) {
    int entered = 0;
    try {
      Expression current = source;
      int i = 0;
      while (i < steps.size()) {
        HclGrammar.PostfixContext step = steps.get(i++);
        depth.enter(step.getStart());
        entered++;
        if (step instanceof HclGrammar.FullSplatContext) {
          Expression each = fold(new Expression.SplatItem(spans.of(step)), steps.subList(i, steps.size()));
          return new Expression.Splat(current, each, false, current.range().span(each.range()));
        }
        if (step instanceof HclGrammar.AttrSplatContext) {
          Expression each = new Expression.SplatItem(spans.of(step));
          while (i < steps.size() && isAttributeStep(steps.get(i))) {
            each = apply(each, steps.get(i++));
          }
          current = new Expression.Splat(current, each, true, current.range().span(each.range()));
        } else {
          current = apply(current, step);
        }
      }
      return current;
    } finally {
      for (int i = 0; i < entered; i++) {
        depth.exit();
      }
    }
  }

  private static boolean isAttributeStep(HclGrammar.PostfixContext step) {
    return step instanceof HclGrammar.GetAttrContext || step instanceof HclGrammar.LegacyIndexContext;
  }

  private Expression apply(Expression target, HclGrammar.PostfixContext step) {
    Range range = target.range().span(spans.of(step));
    if (step instanceof HclGrammar.GetAttrContext attribute) {
      return new Expression.GetAttr(target, spans.identifier(attribute.identifier()), range);
    }
    if (step instanceof HclGrammar.LegacyIndexContext legacy) {
      return new Expression.Index(target, legacyKey(legacy.NUMBER().getSymbol()), true, range);
    }
    HclGrammar.IndexContext index = (HclGrammar.IndexContext) step;
    return new Expression.Index(target, expressions.build(index.expression()), false, range);
  }

  private Expression legacyKey(Token number) {
    String text = number.getText();
    if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      errors.add(spans.of(number), "invalid legacy index '." + text + "': only a whole number may follow the dot,"
          + " use brackets to index further, like [0][1]");
    }
    return expressions.number(number);
  }
}
