package dev.bulwark.ansible.jinja;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the Jinja expression subset: literals, names, {@code .attr} and {@code [item]} access, list and dict
 * displays, filter chains with positional and keyword arguments, {@code ==}, {@code !=}, {@code in} and
 * {@code not in} between them, the tests {@code is defined}, {@code is not defined} and {@code is undefined}, and
 * {@code not}, {@code and} and {@code or} with Jinja's precedence. Any other construct (other operators and tests,
 * conditional expressions, function calls such as {@code lookup(...)}) makes the whole expression unsupported.
 */
final class ExpressionParser {
  private static final int MAX_DEPTH = 64;
  private static final Set<String> TRUE = Set.of("true", "True");
  private static final Set<String> FALSE = Set.of("false", "False");
  private static final Set<String> NONE = Set.of("none", "None");

  private final List<Token> tokens;
  private int position;
  private int depth;

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

  /** {@code a or b}, the loosest binding. */
  private Expression expression() {
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

  private Expression comparison() {
    Expression left = filtered();
    if (accept("==")) {
      return new Expression.Equality(left, true, filtered());
    }
    if (accept("!=")) {
      return new Expression.Equality(left, false, filtered());
    }
    if (acceptWord("in")) {
      return new Expression.Membership(left, true, filtered());
    }
    if (peekWord(0, "not") && peekWord(1, "in")) {
      position += 2;
      return new Expression.Membership(left, false, filtered());
    }
    if (acceptWord("is")) {
      boolean negated = acceptWord("not");
      String test = expectName();
      if (!test.equals("defined") && !test.equals("undefined")) {
        throw new Unsupported();
      }
      return new Expression.Defined(left, test.equals("defined") != negated);
    }
    return left;
  }

  private Expression filtered() {
    if (++depth > MAX_DEPTH) {
      throw new Unsupported();
    }
    Expression expression = postfix(primary());
    while (accept("|")) {
      String name = qualifiedName();
      List<Expression> arguments = new ArrayList<>();
      Map<String, Expression> keywords = new LinkedHashMap<>();
      if (accept("(")) {
        arguments(arguments, keywords);
      }
      expression = new Expression.FilterCall(expression, name, arguments, keywords);
    }
    depth--;
    return expression;
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
      throw new Unsupported();
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
