package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.grammar.HclGrammar;
import dev.bulwark.terraform.hcl.grammar.HclLexer;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses HCL2 native syntax ({@code .tf}, {@code .tfvars}) into a {@link Body}. Never throws on bad input: syntax
 * errors (at most ten) and nesting deeper than the limit come back as {@code parse-error} diagnostics.
 */
public final class HclParser {
  private HclParser() {}

  /**
   * Parses {@code source}.
   *
   * @param maxNestingDepth how deep blocks, brackets, templates and expressions may nest; at least 1
   */
  public static ParseResult parse(SourceText source, int maxNestingDepth) {
    if (maxNestingDepth < 1) {
      throw new IllegalArgumentException("maxNestingDepth must be positive: " + maxNestingDepth);
    }
    Spans spans = new Spans(source);
    try {
      return parse(source, spans, maxNestingDepth);
    } catch (Depth.TooDeep e) {
      return failure(spans.of(e.where()), e.getMessage());
    } catch (StackOverflowError e) {
      return failure(spans.of(0, 0), "nesting is too deep to parse");
    }
  }

  private static ParseResult parse(SourceText source, Spans spans, int maxNestingDepth) {
    // Character offsets must be UTF-16 indexes, so the stream is made of chars rather than code points.
    HclLexer lexer = new HclLexer(CodePointCharStream.fromBuffer(
        CodePointBuffer.withChars(CharBuffer.wrap(source.text().toCharArray())), source.path()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    Optional<Token> tooDeep = NestingGuard.firstTooDeep(tokens.getTokens(), maxNestingDepth);
    if (tooDeep.isPresent()) {
      return failure(spans.of(tooDeep.get()), Depth.TooDeep.message(maxNestingDepth));
    }
    ParseErrors errors = new ParseErrors();
    HclGrammar.ConfigFileContext tree = syntaxTree(tokens, spans, errors);
    if (!errors.isEmpty()) {
      return new ParseResult(Optional.empty(), errors.list());
    }
    Body body = new BodyBuilder(source, errors, maxNestingDepth).file(tree);
    return errors.isEmpty()
        ? new ParseResult(Optional.of(body), List.of())
        : new ParseResult(Optional.empty(), errors.list());
  }

  /** Parses with fast SLL prediction; only if that fails, again with full LL and error reporting. */
  private static HclGrammar.ConfigFileContext syntaxTree(CommonTokenStream tokens, Spans spans, ParseErrors errors) {
    HclGrammar parser = new HclGrammar(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.configFile();
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(new SyntaxErrorListener(spans, errors));
      parser.setErrorHandler(new SyntaxErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      try {
        return parser.configFile();
      } catch (ParseCancellationException tooManyErrors) {
        return null;
      }
    }
  }

  private static ParseResult failure(Range where, String message) {
    return new ParseResult(Optional.empty(),
        List.of(Diagnostic.at(Diagnostic.Level.ERROR, "parse-error", message, where)));
  }
}
