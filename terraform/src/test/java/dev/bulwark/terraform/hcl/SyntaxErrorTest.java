package dev.bulwark.terraform.hcl;

import static dev.bulwark.terraform.hcl.Hcl.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxErrorTest {

  private static Diagnostic first(String text) {
    return errors(text).get(0);
  }

  private static String where(Diagnostic error) {
    return Hcl.at(error.range().orElseThrow());
  }

  @Test
  void unclosedBraceIsReportedAtTheBrace() {
    Diagnostic error = first("""
        variable "a" {
        }

        resource "x" "y" {
          name = "z"
        """);
    assertThat(where(error)).isEqualTo("4:18-4:19");
    assertThat(error.message()).isEqualTo("unclosed '{': no matching '}' before the end of the file");
    assertThat(error.level()).isEqualTo(Diagnostic.Level.ERROR);
    assertThat(error.file()).isEqualTo("test.tf");
  }

  @Test
  void unclosedBracketsAndParentheses() {
    assertThat(first("a = [1,\n2\n").message()).isEqualTo("unclosed '[': no matching ']' before the end of the file");
    assertThat(where(first("a = 1\nb = f(1,\n2\n"))).isEqualTo("2:6-2:7");
    assertThat(where(first("a = {\n  b = 1\n"))).isEqualTo("1:5-1:6");
  }

  @Test
  void unclosedStringIsReportedOnItsLine() {
    Diagnostic error = first("a = 1\nb = \"abc\nc = 2\n");
    assertThat(where(error)).isEqualTo("2:9-3:1");
    assertThat(error.message()).startsWith("unterminated string");
    assertThat(where(first("a = \"abc"))).isEqualTo("1:5-1:6");
    assertThat(first("a = \"abc").message())
        .isEqualTo("unterminated string: no closing '\"' before the end of the file");
  }

  @Test
  void unterminatedHeredocIsReportedAtItsOpener() {
    Diagnostic error = first("a = 1\nb = <<-EOT\n  text\n  EOTX\n");
    assertThat(where(error)).isEqualTo("2:5-2:11");
    assertThat(error.message())
        .isEqualTo("unterminated heredoc: no line with only its closing marker 'EOT' before the end of the file");
    assertThat(where(first("b = <<EOT\r\nx\r\n"))).isEqualTo("1:5-1:10");
  }

  @Test
  void unclosedInterpolation() {
    assertThat(first("a = \"${x\"\n").message()).isEqualTo("unexpected '\"', expected '}' or '~}'");
    assertThat(first("a = \"${x").message()).isEqualTo("unclosed '${': no matching '}' before the end of the file");
  }

  @Test
  void garbage() {
    Diagnostic error = first("a = 1\n@@@ nonsense ;;;\n");
    assertThat(where(error)).isEqualTo("2:1-2:2");
    assertThat(error.message()).isEqualTo("unexpected character '@'");
    assertThat(first("\u0000\u0001binary").message()).isEqualTo("unexpected character '\u0000'");
    Diagnostic emoji = first("a = \uD83D\uDE00\n");
    assertThat(emoji.message()).isEqualTo("unexpected character '\uD83D\uDE00'");
    assertThat(where(emoji)).isEqualTo("1:5-1:7");
  }

  @Test
  void unexpectedTokensSayWhatWasExpected() {
    assertThat(first("a = }\n").message()).isEqualTo("unexpected '}', expected an expression");
    assertThat(first("a = \n").message()).isEqualTo("unexpected newline, expected an expression");
    assertThat(first("a = f(1 2)\n").message()).isEqualTo("unexpected '2', expected ')', ',' or '...'");
    assertThat(first("\"a\" = 1\n").message())
        .isEqualTo("unexpected '\"', expected a name, the end of the file or a newline");
    assertThat(first("a b\n").message()).isEqualTo("unexpected newline, expected a name, '{' or '\"'");
    assertThat(first("a = 1 ? 2\n").message()).isEqualTo("unexpected newline, expected ':'");
    assertThat(where(first("a {\n  b = [1, 2\n  c = 3\n}\n"))).isEqualTo("3:3-3:4");
  }

  @Test
  void unterminatedComment() {
    Diagnostic error = first("a = 1\n/* never\nclosed\n");
    assertThat(where(error)).isEqualTo("2:1-4:1");
    assertThat(error.message()).isEqualTo("unterminated comment: '/*' has no matching '*/'");
  }

  @Test
  void atMostTenErrors() {
    List<Diagnostic> errors = errors("a = 1 2\n".repeat(50));
    assertThat(errors).hasSize(10);
    assertThat(errors).extracting(e -> e.range().orElseThrow().startLine())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(errors("a = @\n".repeat(50))).hasSize(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[", "{", "(", "\"${", "\"%{if ", "<<EOT\n${"})
  void deepNestingIsADiagnosticNotAStackOverflow(String opener) {
    ParseResult result = HclParser.parse(SourceText.of("deep.tf", "a = " + opener.repeat(10_000)), 200);
    assertThat(result.body()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.message()).isEqualTo("nesting is deeper than 200 levels");
      assertThat(e.range().map(Range::startLine)).isNotEmpty();
    });
  }

  @Test
  void deepNestingAtTheLimitParses() {
    String nested = "[".repeat(49) + "1" + "]".repeat(49);
    assertThat(HclParser.parse(SourceText.of("ok.tf", "a = " + nested + "\n"), 50).errors()).isEmpty();
    assertThat(HclParser.parse(SourceText.of("deep.tf", "a = " + nested + "\n"), 48).errors()).isNotEmpty();
  }

  @Test
  void deepNestingWithoutBracketsIsADiagnosticToo() {
    for (String text : List.of("a = " + "!".repeat(10_000) + "x", "a = " + "-".repeat(100_000) + "1",
        "a = " + "x + ".repeat(5_000) + "x", "a = x" + ".y".repeat(5_000),
        "a {\n".repeat(300) + "}\n".repeat(300))) {
      ParseResult result = HclParser.parse(SourceText.of("deep.tf", text), 200);
      assertThat(result.body()).isEmpty();
      assertThat(result.errors()).singleElement()
          .satisfies(e -> assertThat(e.message()).startsWith("nesting is"));
    }
  }

  @Test
  void theNestingLimitMustBePositive() {
    assertThatThrownBy(() -> HclParser.parse(SourceText.of("a.tf", "a = 1"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void veryDeepNestingAboveAGenerousLimitStillDoesNotThrow() {
    ParseResult result = HclParser.parse(SourceText.of("deep.tf", "a = " + "[".repeat(200_000)), 1_000_000);
    assertThat(result.body()).isEmpty();
    assertThat(result.errors()).isNotEmpty();
  }
}
