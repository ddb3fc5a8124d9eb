package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.grammar.HclGrammar;
import dev.bulwark.terraform.hcl.grammar.HclLexer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses native syntax written as decoded text inside another file, such as the strings of Terraform's JSON syntax:
 * each piece is lexed on its own, and the offsets of its tokens are mapped back to where each character is written
 * in the file, so that every expression keeps its exact range. A piece that does not parse is a {@code parse-error}
 * at the piece.
 */
final class Fragments {
  private final SourceText source;
  private final ParseErrors errors;
  private final int maxNestingDepth;
  private final Depth depth;

  Fragments(SourceText source, ParseErrors errors, int maxNestingDepth) {
    this.source = source;
    this.errors = errors;
    this.maxNestingDepth = maxNestingDepth;
    this.depth = new Depth(maxNestingDepth);
  }

  /**
   * The template {@code text}, written at {@code written}, whose character {@code i} is written at offset
   * {@code toSource[i]} of the file ({@code toSource} has one more entry, for the end).
   */
  Optional<Expression.Template> template(String text, int[] toSource, Range written) {
    return parse(text, toSource, "template", HclLexer::startBareTemplate,
        (parser, builder) -> builder.template(parser.bareTemplate(), written));
  }

  /** The expression {@code text}, located as in {@link #template}. */
  Optional<Expression> expression(String text, int[] toSource) {
    return parse(text, toSource, "expression", lexer -> { },
        (parser, builder) -> builder.build(parser.bareExpression().expression()));
  }

  private <T extends Expression> Optional<T> parse(String text, int[] toSource, String what,
      Consumer<HclLexer> mode, BiFunction<HclGrammar, ExpressionBuilder, T> rule) {
    Spans spans = new Spans(source, offset -> toSource[offset]);
    List<Token> tokens = tokens(text, mode);
    Optional<Token> tooDeep = NestingGuard.firstTooDeep(tokens, maxNestingDepth);
    if (tooDeep.isPresent()) {
      errors.add(spans.of(tooDeep.get()), Depth.TooDeep.message(maxNestingDepth));
      return Optional.empty();
    }
    HclGrammar parser = new HclGrammar(new CommonTokenStream(new ListTokenSource(tokens)));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return Optional.of(rule.apply(parser, new ExpressionBuilder(spans, errors, new Escapes(spans, errors), depth)));
    } catch (ParseCancellationException e) {
      errors.add(spans.of(0, text.length()), "this string is not a valid " + what);
      return Optional.empty();
    } catch (Depth.TooDeep e) {
      errors.add(spans.of(e.where()), e.getMessage());
      return Optional.empty();
    }
  }

  private List<Token> tokens(String text, Consumer<HclLexer> mode) {
    HclLexer lexer = new HclLexer(CodePointCharStream.fromBuffer(
        CodePointBuffer.withChars(CharBuffer.wrap(text.toCharArray())), source.path()));
    lexer.removeErrorListeners();
    mode.accept(lexer);
    List<Token> tokens = new ArrayList<>();
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        tokens.add(token);
      }
    }
    return tokens;
  }
}
