package dev.bulwark.terraform.hcl;

import static dev.bulwark.terraform.hcl.Hcl.errors;
import static dev.bulwark.terraform.hcl.Hcl.expr;
import static dev.bulwark.terraform.hcl.Hcl.sexp;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

  private static Expression.Template template(String expression) {
    return (Expression.Template) expr(expression);
  }

  private static String literal(String expression) {
    return template(expression).literal().orElseThrow();
  }

  @Test
  void plainStrings() {
    assertThat(template("\"\"").parts()).isEmpty();
    assertThat(literal("\"\"")).isEmpty();
    assertThat(literal("\"hello world\"")).isEqualTo("hello world");
    assertThat(literal("\"50% off, $5\"")).isEqualTo("50% off, $5");
    assertThat(template("\"x\"").heredoc()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "->", quoteCharacter = '`', value = {
      "\"a\\nb\"            -> `a\nb`",
      "\"a\\rb\\tc\"        -> `a\rb\tc`",
      "\"say \\\"hi\\\"\"   -> `say \"hi\"`",
      "\"back\\\\slash\"    -> `back\\slash`",
      "\"\\u0041\\u00e9\"   -> `Aé`",
      "\"\\U0001F600\"      -> `\uD83D\uDE00`",
      "\"$${var.x}\"        -> `${var.x}`",
      "\"%%{if}\"           -> `%{if}`",
      "\"$$$${a}\"          -> `$$${a}`",
      "\"a $ b % c $\"      -> `a $ b % c $`",
  })
  void escapes(String written, String value) {
    assertThat(literal(written)).isEqualTo(value);
  }

  @Test
  void invalidEscapesAreErrors() {
    assertThat(errors("x = \"a\\qb\"\n").get(0).message())
        .isEqualTo("invalid escape sequence: '\\q' is not a valid escape sequence");
    assertThat(Hcl.at(errors("x = \"a\\qb\"\n").get(0).range().orElseThrow())).isEqualTo("1:7-1:9");
    assertThat(errors("x = \"\\u12\"\n").get(0).message()).contains("4 hexadecimal digits");
    assertThat(errors("x = \"\\uD800\"\n").get(0).message()).contains("not a valid Unicode character");
    assertThat(errors("x = \"\\U00110000\"\n").get(0).message()).contains("not a valid Unicode character");
  }

  @Test
  void interpolations() {
    assertThat(sexp("\"${var.name}\"")).isEqualTo("\"${(. var name)}\"");
    assertThat(sexp("\"a-${b}-c${d}\"")).isEqualTo("\"a-${b}-c${d}\"");
    assertThat(sexp("\"${a ? \"x\" : \"y\"}\"")).isEqualTo("\"${(? a \"x\" \"y\")}\"");
    assertThat(sexp("\"${ {a = 1}.a }\"")).isEqualTo("\"${(. {a=1} a)}\"");
    assertThat(sexp("\"${\n  join(\",\",\n  xs)\n}\"")).isEqualTo("\"${(call join \",\" xs)}\"");
    assertThat(template("\"${x}\"").literal()).isEmpty();
  }

  @Test
  void nestedTemplates() {
    assertThat(sexp("\"a${\"b${\"c${d}\"}\"}\"")).isEqualTo("\"a${\"b${\"c${d}\"}\"}\"");
    assertThat(sexp("\"${lookup(m, \"k-${i}\", \"}\")}\"")).isEqualTo("\"${(call lookup m \"k-${i}\" \"}\")}\"");
  }

  @Test
  void ifDirectives() {
    assertThat(sexp("\"%{if a}yes%{endif}\"")).isEqualTo("\"%{if a}yes%{endif}\"");
    assertThat(sexp("\"%{ if a == 1 }one%{ else }other%{ endif }\""))
        .isEqualTo("\"%{if (== a 1)}one%{else}other%{endif}\"");
    TemplatePart.If directive = (TemplatePart.If) template("\"%{if a}x${y}%{else}%{endif}!\"").parts().get(0);
    assertThat(Sexp.parts(directive.whenTrue())).isEqualTo("x${y}");
    assertThat(directive.whenFalse()).isEmpty();
    assertThat(sexp("\"%{if a}%{if b}x%{endif}%{endif}\"")).isEqualTo("\"%{if a}%{if b}x%{endif}%{endif}\"");
  }

  @Test
  void forDirectives() {
    assertThat(sexp("\"%{for s in xs}${s},%{endfor}\"")).isEqualTo("\"%{for s in xs}${s},%{endfor}\"");
    TemplatePart.For loop = (TemplatePart.For) template("\"%{ for k, v in m }${k}=${v} %{ endfor }\"").parts()
        .get(0);
    assertThat(loop.keyVariable().orElseThrow().name()).isEqualTo("k");
    assertThat(loop.valueVariable().name()).isEqualTo("v");
    assertThat(Sexp.parts(loop.body())).isEqualTo("${k}=${v} ");
  }

  @Test
  void stripMarkers() {
    assertThat(sexp("\"hello ${~ \"world\" }\"")).isEqualTo("\"hello${~\"world\"}\"");
    assertThat(sexp("\"%{ if true ~} hello %{~ endif }\"")).isEqualTo("\"%{if true}hello%{endif}\"");
    assertThat(sexp("\"${\"hello\" ~}${\" world\"}\"")).isEqualTo("\"${\"hello\"~}${\" world\"}\"");
    assertThat(sexp("\"a  ${~x~}  b\"")).isEqualTo("\"a${~x~}b\"");
    assertThat(sexp("\" ${~x~} \"")).isEqualTo("\"${~x~}\"");
    TemplatePart.Interpolation interpolation = (TemplatePart.Interpolation) template("\"${~x}\"").parts().get(0);
    assertThat(interpolation.stripLeft()).isTrue();
    assertThat(interpolation.stripRight()).isFalse();
  }

  @Test
  void heredocs() {
    Expression.Template heredoc = template("<<EOT\nhello\n  world\nEOT\n");
    assertThat(heredoc.heredoc()).isTrue();
    assertThat(heredoc.literal()).contains("hello\n  world\n");
    assertThat(literal("<<EOT\nEOT\n")).isEmpty();
    assertThat(literal("<<END_OF_POLICY\n{\"a\": \"\\n\"}\nEND_OF_POLICY\n")).isEqualTo("{\"a\": \"\\n\"}\n");
    assertThat(literal("<<EOT\nEOTX\n EOT;\nEOT\n")).isEqualTo("EOTX\n EOT;\n");
    assertThat(literal("<<EOT\nclosing marker may be indented\n    EOT\n"))
        .isEqualTo("closing marker may be indented\n");
    assertThat(literal("<<EOT\n$${not} %%{this} \"quoted\" \\backslash\nEOT\n"))
        .isEqualTo("${not} %{this} \"quoted\" \\backslash\n");
  }

  @Test
  void heredocTemplates() {
    assertThat(sexp("<<EOT\nhello ${name}!\n%{ for x in xs ~}\n- ${x}\n%{ endfor ~}\nEOT\n"))
        .isEqualTo("<<\"hello ${name}!\n%{for x in xs}- ${x}\n%{endfor}\"");
    assertThat(sexp("<<EOT\n${a}EOT\nEOT\n")).isEqualTo("<<\"${a}EOT\n\"");
  }

  @Test
  void heredocsInsideCalls() {
    assertThat(sexp("jsonencode(<<EOT\n{}\nEOT\n)")).isEqualTo("(call jsonencode <<\"{}\n\")");
    assertThat(sexp("[<<A\na\nA\n, <<B\nb\nB\n]")).isEqualTo("[<<\"a\n\" <<\"b\n\"]");
  }

  @Test
  void indentedHeredocsLoseTheirCommonIndentation() {
    assertThat(literal("<<-EOT\n    a\n      b\n    c\n    EOT\n")).isEqualTo("a\n  b\nc\n");
    assertThat(literal("<<-EOT\n\t\ttabbed\n\t\t  more\n\tEOT\n")).isEqualTo("tabbed\n  more\n");
    assertThat(literal("<<-EOT\n    a\n\n    b\nEOT\n")).isEqualTo("a\n\nb\n");
    assertThat(literal("<<-EOT\n    a\n  \n    b\nEOT\n")).as("blank lines are left alone").isEqualTo("a\n  \nb\n");
    assertThat(literal("<<EOT\n    not indented\nEOT\n")).isEqualTo("    not indented\n");
  }

  @Test
  void indentationIsMeasuredOnTextOnly() {
    assertThat(sexp("<<-EOT\n    a ${b}\n      c\n    EOT\n")).isEqualTo("<<\"a ${b}\n  c\n\"");
    assertThat(sexp("<<-EOT\n  a\n${b}\n  c\nEOT\n")).isEqualTo("<<\"  a\n${b}\n  c\n\"");
  }

  @Test
  void crlfHeredocs() {
    assertThat(literal("<<EOT\r\nline one\r\nline two\r\nEOT\r\n")).isEqualTo("line one\r\nline two\r\n");
    assertThat(literal("<<-EOT\r\n  a\r\n    b\r\n  EOT\r\n")).isEqualTo("a\r\n  b\r\n");
  }

  @Test
  void labelsCannotHoldTemplates() {
    assertThat(errors("resource \"${x}\" \"y\" {\n}\n")).isNotEmpty();
  }
}
