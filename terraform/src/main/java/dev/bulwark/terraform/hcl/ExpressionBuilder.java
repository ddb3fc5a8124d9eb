package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import dev.bulwark.terraform.hcl.Expression.BinaryOperator;
import dev.bulwark.terraform.hcl.Expression.UnaryOperator;
import dev.bulwark.terraform.hcl.grammar.HclGrammar;
import dev.bulwark.terraform.hcl.grammar.HclGrammarBaseVisitor;
import dev.bulwark.terraform.hcl.grammar.HclLexer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/** Builds {@link Expression}s from the parse tree: operators, literals, collections, calls and for-expressions. */
final class ExpressionBuilder extends HclGrammarBaseVisitor<Expression> {
  private final Spans spans;
  private final ParseErrors errors;
  private final Depth depth;
  private final TemplateBuilder templates;
  private final TraversalBuilder traversals;

  ExpressionBuilder(Spans spans, ParseErrors errors, Escapes escapes, Depth depth) {
    this.spans = spans;
    this.errors = errors;
    this.depth = depth;
    this.templates = new TemplateBuilder(spans, escapes, depth, this);
    this.traversals = new TraversalBuilder(spans, errors, depth, this);
  }

  /** The expression, one level deeper than its parent. */
  Expression build(HclGrammar.ExpressionContext expression) {
    depth.enter(expression.getStart());
    try {
      return visit(expression);
    } finally {
      depth.exit();
    }
  }

  /** A template on its own, written at {@code range}. */
  Expression.Template template(HclGrammar.BareTemplateContext template, Range range) {
    return templates.bare(template, range);
  }

  private List<Expression> buildAll(List<HclGrammar.ExpressionContext> expressions) {
    return expressions.stream().map(this::build).toList();
  }

  private Optional<Expression> condition(HclGrammar.ForConditionContext condition) {
    return Optional.ofNullable(condition).map(c -> build(c.expression()));
  }

  @Override
  public Expression visitTermExpression(HclGrammar.TermExpressionContext ctx) {
    return traversals.fold(visit(ctx.exprTerm().primary()), ctx.exprTerm().postfix());
  }

  @Override
  public Expression visitUnaryExpression(HclGrammar.UnaryExpressionContext ctx) {
    UnaryOperator operator = ctx.operator.getType() == HclLexer.MINUS ? UnaryOperator.NEGATE : UnaryOperator.NOT;
    return new Expression.Unary(operator, build(ctx.expression()), spans.of(ctx));
  }

  @Override
  public Expression visitBinaryExpression(HclGrammar.BinaryExpressionContext ctx) {
    return new Expression.Binary(binaryOperator(ctx.operator.getType()), build(ctx.expression(0)),
        build(ctx.expression(1)), spans.of(ctx));
  }

  private static BinaryOperator binaryOperator(int tokenType) {
    return switch (tokenType) {
      case HclLexer.OR -> BinaryOperator.OR;
      case HclLexer.AND -> BinaryOperator.AND;
      case HclLexer.EQ -> BinaryOperator.EQUAL;
      case HclLexer.NE -> BinaryOperator.NOT_EQUAL;
      case HclLexer.LT -> BinaryOperator.LESS;
      case HclLexer.LE -> BinaryOperator.LESS_OR_EQUAL;
      case HclLexer.GT -> BinaryOperator.GREATER;
      case HclLexer.GE -> BinaryOperator.GREATER_OR_EQUAL;
      case HclLexer.PLUS -> BinaryOperator.ADD;
      case HclLexer.MINUS -> BinaryOperator.SUBTRACT;
      case HclLexer.STAR -> BinaryOperator.MULTIPLY;
      case HclLexer.SLASH -> BinaryOperator.DIVIDE;
      case HclLexer.PERCENT -> BinaryOperator.MODULO;
      default -> throw new IllegalStateException("not a binary operator: " + tokenType);
    };
  }

  @Override
  public Expression visitConditionalExpression(HclGrammar.ConditionalExpressionContext ctx) {
    return new Expression.Conditional(build(ctx.expression(0)), build(ctx.expression(1)), build(ctx.expression(2)),
        spans.of(ctx));
  }

  @Override
  public Expression visitNumber(HclGrammar.NumberContext ctx) {
    return number(ctx.NUMBER().getSymbol());
  }

  /** A number literal; a malformed one is a parse error. */
  Expression.NumberLiteral number(Token token) {
    try {
      return new Expression.NumberLiteral(new BigDecimal(token.getText()), spans.of(token));
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(spans.of(token), "invalid number literal '" + token.getText() + "'");
      return new Expression.NumberLiteral(BigDecimal.ZERO, spans.of(token));
    }
  }

  @Override
  public Expression visitBool(HclGrammar.BoolContext ctx) {
    return new Expression.BoolLiteral(ctx.TRUE() != null, spans.of(ctx));
  }

  @Override
  public Expression visitNull(HclGrammar.NullContext ctx) {
    return new Expression.NullLiteral(spans.of(ctx));
  }

  @Override
  public Expression visitQuoted(HclGrammar.QuotedContext ctx) {
    return templates.quoted(ctx.quotedTemplate());
  }

  @Override
  public Expression visitHeredoc(HclGrammar.HeredocContext ctx) {
    return templates.heredoc(ctx.heredocTemplate());
  }

  @Override
  public Expression visitFunctionCall(HclGrammar.FunctionCallContext ctx) {
    return new Expression.FunctionCall(spans.identifier(ctx.functionName()), buildAll(ctx.expression()),
        ctx.ELLIPSIS() != null, spans.of(ctx));
  }

  @Override
  public Expression visitVariableReference(HclGrammar.VariableReferenceContext ctx) {
    return new Expression.Variable(ctx.getStart().getText(), spans.of(ctx));
  }

  @Override
  public Expression visitForTuple(HclGrammar.ForTupleContext ctx) {
    return forExpression(ctx.forIntro(), null, ctx.expression(), false, ctx.forCondition(), ctx);
  }

  @Override
  public Expression visitForObject(HclGrammar.ForObjectContext ctx) {
    return forExpression(ctx.forIntro(), ctx.expression(0), ctx.expression(1), ctx.ELLIPSIS() != null,
        ctx.forCondition(), ctx);
  }

  /** A for-expression; {@code key} is null for the tuple form. */
  private Expression forExpression(HclGrammar.ForIntroContext intro, HclGrammar.ExpressionContext key,
      HclGrammar.ExpressionContext value, boolean grouping, HclGrammar.ForConditionContext condition,
      HclGrammar.PrimaryContext whole) {
    ForVariables variables = forVariables(intro.identifier());
    Expression collection = build(intro.expression());
    Optional<Expression> keyExpression = Optional.ofNullable(key).map(this::build);
    Expression valueExpression = build(value);
    return new Expression.For(variables.key(), variables.value(), collection, keyExpression, valueExpression, grouping,
        condition(condition), spans.of(whole));
  }

  /** The variables a {@code for} declares: {@code value} alone, or {@code key, value}. */
  record ForVariables(Optional<Body.Identifier> key, Body.Identifier value) {}

  ForVariables forVariables(List<HclGrammar.IdentifierContext> names) {
    Optional<Body.Identifier> key = names.size() == 2 ? Optional.of(spans.identifier(names.get(0))) : Optional.empty();
    return new ForVariables(key, spans.identifier(names.get(names.size() - 1)));
  }

  @Override
  public Expression visitTuple(HclGrammar.TupleContext ctx) {
    ctx.expression().stream().findFirst().ifPresent(this::rejectBareFor);
    return new Expression.Tuple(buildAll(ctx.expression()), spans.of(ctx));
  }

  @Override
  public Expression visitObject(HclGrammar.ObjectContext ctx) {
    ctx.objectItem().stream().findFirst().ifPresent(item -> rejectBareFor(item.expression(0)));
    List<Expression.ObjectItem> items = ctx.objectItem().stream()
        .map(item -> new Expression.ObjectItem(build(item.expression(0)), build(item.expression(1)),
            spans.of(item)))
        .toList();
    return new Expression.ObjectCons(items, spans.of(ctx));
  }

  /** A bare {@code for} first in brackets or braces is reserved for for-expressions: {@code [for, x]} is an error. */
  private void rejectBareFor(HclGrammar.ExpressionContext first) {
    Token start = first.getStart();
    if (start.getType() == HclLexer.FOR) {
      errors.add(spans.of(start), "'for' first in brackets or braces starts a for-expression;"
          + " write (for) for a variable named for");
    }
  }

  @Override
  public Expression visitParens(HclGrammar.ParensContext ctx) {
    return new Expression.Parens(build(ctx.expression()), spans.of(ctx));
  }
}
