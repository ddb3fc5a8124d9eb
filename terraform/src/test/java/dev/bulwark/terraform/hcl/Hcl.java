package dev.bulwark.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import java.util.List;

/** Test helpers: parsing snippets and showing results compactly. */
final class Hcl {
  static final int DEPTH = 200;

  private Hcl() {}

  static ParseResult result(String text) {
    return HclParser.parse(SourceText.of("test.tf", text), DEPTH);
  }

  /** Parses {@code text}, which must be valid. */
  static Body parse(String text) {
    ParseResult result = result(text);
    assertThat(result.errors()).as("errors").isEmpty();
    return result.body().orElseThrow();
  }

  /** Parses {@code text}, which must be invalid, and returns its errors. */
  static List<Diagnostic> errors(String text) {
    ParseResult result = result(text);
    assertThat(result.body()).as("body of invalid input").isEmpty();
    assertThat(result.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.code()).isEqualTo("parse-error"));
    return result.errors();
  }

  /** The value of {@code x = expression}. */
  static Expression expr(String expression) {
    return parse("x = " + expression + "\n").attribute("x").orElseThrow().value();
  }

  /** {@code expression} as an S-expression, see {@link Sexp}. */
  static String sexp(String expression) {
    return Sexp.of(expr(expression));
  }

  /** "line:column-line:column" (end exclusive). */
  static String at(Range range) {
    return range.startLine() + ":" + range.startColumn() + "-" + range.endLine() + ":" + range.endColumn();
  }

  static String at(Node node) {
    return at(node.range());
  }
}
