package dev.bulwark.ansible.jinja;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * Parses the Jinja expression subset: literals, names, {@code .attr} and {@code [item]} access, list and dict
 * displays, filter chains with positional and keyword arguments, the tests of {@link Tests} ({@code is} and
 * {@code is not}, binding as tightly as filters), the arithmetic operators and {@code ~}, the comparisons
 * {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code in} and {@code not in} between them
 * (chained as in Python), {@code not}, {@code and} and {@code or}, and conditional expressions
 * ({@code a if b else c}), with Jinja's precedence, and {@code lookup(...)} calls. Any other construct (other
 * tests, slices, a conditional without {@code else}, other function calls, method calls) makes the whole expression
 * unsupported.
 */
final class ExpressionParser {
  private static final int MAX_DEPTH = 64;
  /** The most operands an expression may have, which bounds how deep evaluating a chain of operators goes. */
  private static final int MAX_OPERANDS = 512;
  private static final Set<String> TRUE = Set.of("true", "True");
  private static final Set<String> FALSE = Set.of("false", "False");
  private static final Set<String> NONE = Set.of("none", "None");
  private static final Map<String, Expression.Comparison.Operator> OPERATORS = Map.of(
      "==", Expression.Comparison.Operator.EQ, "!=", Expression.Comparison.Operator.NE,
      "<", Expression.Comparison.Operator.LT, "<=", Expression.Comparison.Operator.LE,
      ">", Expression.Comparison.Operator.GT, ">=", Expression.Comparison.Operator.GE);
  private static final Set<String> ENDS_TEST = Set.of("if", "else", "or", "and");
  private static final Map<String, Expression.Arithmetic.Operator> TERMS = Map.of(
      "+", Expression.Arithmetic.Operator.ADD, "-", Expression.Arithmetic.Operator.SUBTRACT);
  private static final Map<String, Expression.Arithmetic.Operator> FACTORS = Map.of(
      "*", Expression.Arithmetic.Operator.MULTIPLY, "/", Expression.Arithmetic.Operator.DIVIDE,
      "//", Expression.Arithmetic.Operator.FLOOR_DIVIDE, "%", Expression.Arithmetic.Operator.MODULO);
  private static final Map<String, Expression.Arithmetic.Operator> POWERS = Map.of(
      "**", Expression.Arithmetic.Operator.POWER);

  private final List<Token> tokens;
  private int position;
  private int depth;
  private int operands;

  private ExpressionParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The expression, or empty when it is malformed or uses a construct outside the subset. */
  static Optional<Expression> parse(String source) {
    Optional<List<Token>> tokens = Tokenizer.tokenize(source);
    if (tokens.isEmpty() || tokens.get().isEmpty()) {
      return Optional.empty();
    }
    ExpressionParser parser = new ExpressionParser(tokens.get());
    try {
      Expression expression = parser.expression();
      return parser.position == parser.tokens.size() ? Optional.of(expression) : Optional.empty();
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /** Thrown to abandon an expression outside the subset. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** {@code a if b else c}, the loosest binding; the condition and the value are disjunctions. */
  private Expression expression() {
    Expression value = disjunction();
    if (!acceptWord("if")) {
      return value;
    }
    Expression condition = disjunction();
    if (!acceptWord("else")) {
      throw new Unsupported();
    }
    return new Expression.Conditional(value, condition, expression());
  }

  /** {@code a or b}. */
  private Expression disjunction() {
    Expression expression = conjunction();
    while (acceptWord("or")) {
      expression = new Expression.Logical(expression, Expression.Logical.Operator.OR, conjunction());
    }
    return expression;
  }

  private Expression conjunction() {
    Expression expression = negation();
    while (acceptWord("and")) {
      expression = new Expression.Logical(expression, Expression.Logical.Operator.AND, negation());
    }
    return expression;
  }

  private Expression negation() {
    if (++depth > MAX_DEPTH) {
      throw new Unsupported();
    }
    Expression expression = acceptWord("not") ? new Expression.Not(negation()) : comparison();
    depth--;
    return expression;
  }

  /** Comparisons; a chain such as {@code a < b < c} is {@code a < b and b < c}, as Python evaluates it. */
  private Expression comparison() {
    Expression left = sum();
    Expression chain = null;
    for (Optional<BinaryOperator<Expression>> operator = comparisonOperator(); operator.isPresent();
        operator = comparisonOperator()) {
      Expression right = sum();
      Expression link = operator.get().apply(left, right);
      chain = chain == null ? link : new Expression.Logical(chain, Expression.Logical.Operator.AND, link);
      left = right;
    }
    return chain == null ? left : chain;
  }

  /** The comparison operator at the position, consumed, as what builds the comparison of its two operands. */
  private Optional<BinaryOperator<Expression>> comparisonOperator() {
    if (peek(Token.Kind.PUNCTUATION) && OPERATORS.containsKey(tokens.get(position).text())) {
      Expression.Comparison.Operator operator = OPERATORS.get(next().text());
      return Optional.of((left, right) -> new Expression.Comparison(left, operator, right));
    }
    if (acceptWord("in")) {
      return Optional.of((item, container) -> new Expression.Membership(item, true, container));
    }
    if (peekWord(0, "not") && peekWord(1, "in")) {
      position += 2;
      return Optional.of((item, container) -> new Expression.Membership(item, false, container));
    }
    return Optional.empty();
  }

  /** {@code a + b} and {@code a - b}, whose operands are concatenations, as Jinja binds them. */
  private Expression sum() {
    return arithmetic(TERMS, this::concatenation);
  }

  /** {@code a ~ b}, whose operands are products. */
  private Expression concatenation() {
    List<Expression> parts = new ArrayList<>(List.of(product()));
    while (accept("~")) {
      parts.add(product());
    }
    return parts.size() == 1 ? parts.get(0) : new Expression.Concat(parts);
  }

  /** {@code a * b}, {@code a / b}, {@code a // b} and {@code a % b}, whose operands are powers. */
  private Expression product() {
    return arithmetic(FACTORS, this::power);
  }

  /** Operands read by {@code operand} between the {@code operators} of one precedence level, left to right. */
  private Expression arithmetic(Map<String, Expression.Arithmetic.Operator> operators,
      Supplier<Expression> operand) {
    Expression expression = operand.get();
    for (Optional<Expression.Arithmetic.Operator> operator = operator(operators); operator.isPresent();
        operator = operator(operators)) {
      expression = new Expression.Arithmetic(expression, operator.get(), operand.get());
    }
    return expression;
  }

  /** {@code a ** b}, left to right as Jinja groups it, whose operands are filtered operands. */
  private Expression power() {
    return arithmetic(POWERS, this::filtered);
  }

  /** The operator of {@code operators} at the position, consumed. */
  private Optional<Expression.Arithmetic.Operator> operator(Map<String, Expression.Arithmetic.Operator> operators) {
    if (peek(Token.Kind.PUNCTUATION) && operators.containsKey(tokens.get(position).text())) {
      return Optional.of(operators.get(next().text()));
    }
    return Optional.empty();
  }

  /** An operand with its postfix access, then any chain of filters and tests, which Jinja applies in order. */
  private Expression filtered() {
    if (++depth > MAX_DEPTH || ++operands > MAX_OPERANDS) {
      throw new Unsupported();
    }
    Expression expression = postfix(primary());
    while (true) {
      if (accept("|")) {
        expression = filter(expression);
      } else if (acceptWord("is")) {
        expression = test(expression);
      } else {
        depth--;
        return expression;
      }
    }
  }

  private Expression filter(Expression input) {
    String name = qualifiedName();
    List<Expression> arguments = new ArrayList<>();
    Map<String, Expression> keywords = new LinkedHashMap<>();
    if (accept("(")) {
      arguments(arguments, keywords);
    }
    return new Expression.FilterCall(input, name, arguments, keywords);
  }

  /**
   * {@code is [not] name}, with its arguments as Jinja reads them: in parentheses, or one operand (a primary with its
   * postfix access) written right after the name, unless that is {@code else}, {@code or} or {@code and}.
   */
  private Expression test(Expression operand) {
    boolean negated = acceptWord("not");
    String name = qualifiedName();
    List<Expression> arguments = new ArrayList<>();
    if (accept("(")) {
      Map<String, Expression> keywords = new LinkedHashMap<>();
      arguments(arguments, keywords);
      if (!keywords.isEmpty()) {
        throw new Unsupported();
      }
    } else if (startsTestArgument()) {
      if (peekWord(0, "is")) {
        throw new Unsupported();
      }
      arguments.add(postfix(primary()));
    }
    Expression test = Tests.of(operand, name, arguments).orElseThrow(Unsupported::new);
    return negated ? new Expression.Not(test) : test;
  }

  private boolean startsTestArgument() {
    if (position >= tokens.size()) {
      return false;
    }
    Token token = tokens.get(position);
    return switch (token.kind()) {
      case NAME -> !ENDS_TEST.contains(token.text());
      case STRING, NUMBER -> true;
      case PUNCTUATION -> token.text().equals("[") || token.text().equals("{");
    };
  }

  private void arguments(List<Expression> arguments, Map<String, Expression> keywords) {
    while (!accept(")")) {
      if (peek(Token.Kind.NAME) && peekAt(1, "=")) {
        String keyword = next().text();
        next();
        keywords.put(keyword, expression());
      } else if (keywords.isEmpty()) {
        arguments.add(expression());
      } else {
        throw new Unsupported();
      }
      if (!accept(",")) {
        expect(")");
        return;
      }
    }
  }

  private String qualifiedName() {
    StringBuilder name = new StringBuilder(expectName());
    while (accept(".")) {
      name.append('.').append(expectName());
    }
    return name.toString();
  }

  private Expression primary() {
    Token token = next();
    return switch (token.kind()) {
      case STRING -> new Expression.Literal(token.text());
      case NUMBER -> new Expression.Literal(new BigDecimal(token.text()));
      case NAME -> name(token.text());
      case PUNCTUATION -> display(token.text());
    };
  }

  private Expression name(String name) {
    if (TRUE.contains(name)) {
      return new Expression.Literal(Boolean.TRUE);
    }
    if (FALSE.contains(name)) {
      return new Expression.Literal(Boolean.FALSE);
    }
    if (NONE.contains(name)) {
      return new Expression.Literal(null);
    }
    if (peek("(")) {
      if (!name.equals("lookup")) {
        throw new Unsupported();
      }
      next();
      List<Expression> arguments = new ArrayList<>();
      Map<String, Expression> keywords = new LinkedHashMap<>();
      arguments(arguments, keywords);
      return new Expression.Lookup(arguments, keywords);
    }
    return new Expression.Name(name);
  }

  private Expression display(String punctuation) {
    switch (punctuation) {
      case "(" -> {
        Expression inner = expression();
        expect(")");
        return inner;
      }
      case "[" -> {
        List<Expression> items = new ArrayList<>();
        while (!accept("]")) {
          items.add(expression());
          if (!accept(",")) {
            expect("]");
            break;
          }
        }
        return new Expression.ListDisplay(items);
      }
      case "{" -> {
        List<Map.Entry<Expression, Expression>> entries = new ArrayList<>();
        while (!accept("}")) {
          Expression key = expression();
          expect(":");
          entries.add(new AbstractMap.SimpleImmutableEntry<>(key, expression()));
          if (!accept(",")) {
            expect("}");
            break;
          }
        }
        return new Expression.DictDisplay(entries);
      }
      case "-" -> {
        Token number = next();
        if (number.kind() != Token.Kind.NUMBER) {
          throw new Unsupported();
        }
        return new Expression.Literal(new BigDecimal(number.text()).negate());
      }
      default -> throw new Unsupported();
    }
  }

  private Expression postfix(Expression target) {
    Expression expression = target;
    while (true) {
      if (accept(".")) {
        Token name = next();
        if (name.kind() != Token.Kind.NAME && name.kind() != Token.Kind.NUMBER) {
          throw new Unsupported();
        }
        expression = new Expression.Attribute(expression, name.text());
      } else if (accept("[")) {
        Expression index = expression();
        expect("]");
        expression = new Expression.Item(expression, index);
      } else if (peek("(")) {
        throw new Unsupported();
      } else {
        return expression;
      }
    }
  }

  private Token next() {
    if (position >= tokens.size()) {
      throw new Unsupported();
    }
    return tokens.get(position++);
  }

  private boolean peek(String punctuation) {
    return peekAt(0, punctuation);
  }

  private boolean peekAt(int offset, String punctuation) {
    int index = position + offset;
    return index < tokens.size() && tokens.get(index).kind() == Token.Kind.PUNCTUATION
        && tokens.get(index).text().equals(punctuation);
  }

  private boolean peek(Token.Kind kind) {
    return position < tokens.size() && tokens.get(position).kind() == kind;
  }

  /** Accepts the keyword {@code word} (a name token). */
  private boolean acceptWord(String word) {
    if (peekWord(0, word)) {
      position++;
      return true;
    }
    return false;
  }

  private boolean peekWord(int offset, String word) {
    int index = position + offset;
    return index < tokens.size() && tokens.get(index).kind() == Token.Kind.NAME
        && tokens.get(index).text().equals(word);
  }

  private boolean accept(String punctuation) {
    if (peek(punctuation)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String punctuation) {
    if (!accept(punctuation)) {
      throw new Unsupported();
    }
  }

  private String expectName() {
    Token token = next();
    if (token.kind() != Token.Kind.NAME) {
      throw new Unsupported();
    }
    return token.text();
  }
}
