package dev.bulwark.terraform.hcl;

import static dev.bulwark.terraform.hcl.Hcl.errors;
import static dev.bulwark.terraform.hcl.Hcl.expr;
import static dev.bulwark.terraform.hcl.Hcl.sexp;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "42, 42", "3.25, 3.25", "1e3, 1E+3", "1.5E-2, 0.015", "2e+2, 2E+2", "007, 7"})
  void numbersAreExact(String written, String value) {
    assertThat(((Expression.NumberLiteral) expr(written)).value()).isEqualByComparingTo(new BigDecimal(value));
  }

  @Test
  void literals() {
    assertThat(expr("true")).isEqualTo(new Expression.BoolLiteral(true, expr("true").range()));
    assertThat(((Expression.BoolLiteral) expr("false")).value()).isFalse();
    assertThat(expr("null")).isInstanceOf(Expression.NullLiteral.class);
    assertThat(sexp("-1")).isEqualTo("(- 1)");
  }

  @Test
  void tuples() {
    assertThat(sexp("[]")).isEqualTo("[]");
    assertThat(sexp("[1, \"a\", true,]")).isEqualTo("[1 \"a\" true]");
    assertThat(sexp("[\n  1,\n\n  2\n  ,3\n]")).isEqualTo("[1 2 3]");
    assertThat(sexp("[[1], [2, [3]]]")).isEqualTo("[[1] [2 [3]]]");
  }

  @Test
  void objectsWithEitherSeparatorAndAnyKey() {
    assertThat(sexp("{}")).isEqualTo("{}");
    assertThat(sexp("{ a = 1, \"b\" : 2, (c) = 3, d.e = 4 }")).isEqualTo("{a=1 \"b\"=2 (paren c)=3 (. d e)=4}");
    assertThat(sexp("{\n  a = 1\n  b = 2,\n\n  c = 3,\n}")).isEqualTo("{a=1 b=2 c=3}");
    assertThat(sexp("{ \"${x}-y\" = 1 }")).isEqualTo("{\"${x}-y\"=1}");
    assertThat(sexp("{ a = { b = [ { c = 1 } ] } }")).isEqualTo("{a={b=[{c=1}]}}");
  }

  @Test
  void objectItemsNeedSeparators() {
    assertThat(errors("x = { a = 1 b = 2 }\n").get(0).message())
        .isEqualTo("unexpected 'b', expected a newline, '}' or ','");
    assertThat(errors("x = {\n a =\n 1 }\n")).isNotEmpty();
  }

  @Test
  void functionCalls() {
    assertThat(sexp("f()")).isEqualTo("(call f)");
    assertThat(sexp("concat(a, [1],)")).isEqualTo("(call concat a [1])");
    assertThat(sexp("max(list...)")).isEqualTo("(call max list ...)");
    assertThat(sexp("min(1, xs...)")).isEqualTo("(call min 1 xs ...)");
    assertThat(sexp("join(\",\",\n  [\"a\",\n   \"b\"]\n)")).isEqualTo("(call join \",\" [\"a\" \"b\"])");
    assertThat(sexp("provider::aws::arn_parse(x).region")).isEqualTo("(. (call provider::aws::arn_parse x) region)");
    Expression.FunctionCall call = (Expression.FunctionCall) expr("provider::aws::arn_parse(x)");
    assertThat(call.name().name()).isEqualTo("provider::aws::arn_parse");
    assertThat(Hcl.at(call.name())).isEqualTo("1:5-1:29");
  }

  @Test
  void traversals() {
    assertThat(sexp("var.a.b")).isEqualTo("(. (. var a) b)");
    assertThat(sexp("a[0][\"k\"][b.c]")).isEqualTo("([] ([] ([] a 0) \"k\") (. b c))");
    assertThat(sexp("aws_instance.web.0.id")).isEqualTo("(. (.N (. aws_instance web) 0) id)");
    assertThat(sexp("f(x)[0].y")).isEqualTo("(. ([] (call f x) 0) y)");
    assertThat(sexp("[1, 2][0]")).isEqualTo("([] [1 2] 0)");
    assertThat(sexp("a[\n 1\n]")).isEqualTo("([] a 1)");
  }

  @Test
  void legacyIndexesCannotBeChained() {
    assertThat(errors("x = a.0.1\n").get(0).message()).startsWith("invalid legacy index '.0.1'");
  }

  @Test
  void fullSplatsTakeEveryFollowingTraversal() {
    assertThat(sexp("a[*]")).isEqualTo("([*] a *)");
    assertThat(sexp("a[*].b")).isEqualTo("([*] a (. * b))");
    assertThat(sexp("a[*].b[0].c")).isEqualTo("([*] a (. ([] (. * b) 0) c))");
    assertThat(sexp("a.b[*].c[*].d")).isEqualTo("([*] (. a b) ([*] (. * c) (. * d)))");
  }

  @Test
  void attributeSplatsTakeOnlyAttributes() {
    assertThat(sexp("a.*")).isEqualTo("(.* a *)");
    assertThat(sexp("a.*.b.c")).isEqualTo("(.* a (. (. * b) c))");
    assertThat(sexp("a.*.b[0]")).isEqualTo("([] (.* a (. * b)) 0)");
    assertThat(sexp("a.*.b.0.c")).isEqualTo("(.* a (. (.N (. * b) 0) c))");
    assertThat(sexp("aws_instance.web.*.id")).isEqualTo("(.* (. aws_instance web) (. * id))");
  }

  @Test
  void splatItemsSpanTheSplatOperator() {
    Expression.Splat full = (Expression.Splat) expr("abc[*].d");
    assertThat(Hcl.at(((Expression.GetAttr) full.each()).target())).isEqualTo("1:8-1:11");
    assertThat(Hcl.at(full)).isEqualTo("1:5-1:13");
    Expression.Splat attr = (Expression.Splat) expr("abc.*");
    assertThat(Hcl.at(attr.each())).isEqualTo("1:8-1:10");
    assertThat(Hcl.at(attr)).isEqualTo("1:5-1:10");
  }

  @Test
  void forExpressions() {
    assertThat(sexp("[for s in var.list : upper(s)]")).isEqualTo("(for s (. var list) (call upper s))");
    assertThat(sexp("[for i, v in xs : v if i < 2]")).isEqualTo("(for i,v xs v if (< i 2))");
    assertThat(sexp("{for k, v in m : k => v}")).isEqualTo("(for k,v m k => v)");
    assertThat(sexp("{for s in xs : s.key => s.value... if s.on}"))
        .isEqualTo("(for s xs (. s key) => (. s value) ... if (. s on))");
    assertThat(sexp("[(for), x]")).isEqualTo("[(paren for) x]");
    assertThat(sexp("[x, for]")).isEqualTo("[x for]");
    assertThat(sexp("{(for) = 1}")).isEqualTo("{(paren for)=1}");
    assertThat(errors("x = [for, x]\n").get(0).message()).startsWith("'for' first in brackets");
    assertThat(errors("x = {for = 1}\n")).isNotEmpty();
  }

  @Test
  void forExpressionsMaySpanLines() {
    assertThat(sexp("""
        {
          for k, v in var.map :
          k => v
          if v != null
        }""")).isEqualTo("(for k,v (. var map) k => v if (!= v null))");
    assertThat(sexp("{ # comment\n  for x in y : x => {\n    a = 1\n    b = 2\n  }\n}"))
        .isEqualTo("(for x y x => {a=1 b=2})");
    assertThat(sexp("[\n  for x in y :\n  x\n]")).isEqualTo("(for x y x)");
    assertThat(sexp("[for k, v in {\n  for a, b in m :\n  a => b\n} :\n  v\n]")).isEqualTo("(for k,v (for a,b m a => b) v)");
  }

  @Test
  void forExpressionRanges() {
    Expression.For loop = (Expression.For) expr("[for k, v in m : v]");
    assertThat(Hcl.at(loop)).isEqualTo("1:5-1:24");
    assertThat(Hcl.at(loop.keyVariable().orElseThrow())).isEqualTo("1:10-1:11");
    assertThat(Hcl.at(loop.valueVariable())).isEqualTo("1:13-1:14");
    assertThat(loop.key()).isEmpty();
    assertThat(loop.condition()).isEmpty();
  }

  @Test
  void conditionalsAndUnaryOperators() {
    assertThat(sexp("a ? b : c")).isEqualTo("(? a b c)");
    assertThat(sexp("!a")).isEqualTo("(! a)");
    assertThat(sexp("- -a")).isEqualTo("(- (- a))");
    assertThat(sexp("!!a.b")).isEqualTo("(! (! (. a b)))");
  }

  @Test
  void parenthesesAreKeptAndLetNewlinesThrough() {
    assertThat(sexp("(a)")).isEqualTo("(paren a)");
    assertThat(sexp("(\n  a\n  + b\n)")).isEqualTo("(paren (+ a b))");
    assertThat(sexp("(a ?\n b :\n c)")).isEqualTo("(paren (? a b c))");
    assertThat(sexp("(((1)))")).isEqualTo("(paren (paren (paren 1)))");
  }
}
