package dev.bulwark.terraform.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {
  private final Eval eval = new Eval();

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiterString = " ~> ", textBlock = """
      1 + 2 * 3 ~> 7
      (1 + 2) * 3 ~> 9
      10 / 4 ~> 2.5
      7 % 3 ~> 1
      "5" + 1 ~> 6
      -(2 - 5) ~> 3
      !true ~> false
      3 > 2 && 2 >= 2 ~> true
      1 < 1 || 1 <= 1 ~> true
      1 == "1" ~> false
      [1, "a"] == [1, "a"] ~> true
      {a = 1} != {a = 2} ~> true
      null == null ~> true
      true ? "yes" : "no" ~> "yes"
      "false" ? 1 : 2 ~> 2
      "a-${1 + 1}-${true}" ~> "a-2-true"
      "${[1, 2]}" ~> [1,2]
      "%{ if 1 > 0 }on%{ else }off%{ endif }" ~> "on"
      "%{ for i, x in ["a", "b"] }${i}${x},%{ endfor }" ~> "0a,1b,"
      [for x in [1, 2, 3] : x * 2 if x != 2] ~> [2,6]
      {for k, v in {b = 2, a = 1} : v => k} ~> {"1":"a","2":"b"}
      {for x in ["a", "bb", "c"] : length(x) => x...} ~> {"1":["a","c"],"2":["bb"]}
      [for k, v in {b = 2, a = 1} : k] ~> ["a","b"]
      [{n = 1}, {n = 2}][*].n ~> [1,2]
      [{n = 1}, {n = 2}].*.n ~> [1,2]
      {n = 1}[*].n ~> [1]
      null[*].n ~> []
      [[1, 2], [3]][1][0] ~> 3
      {a = {b = "c"}}.a.b ~> "c"
      {a = {b = "c"}}["a"]["b"] ~> "c"
      [1, 2].1 ~> 2
      false && var.unknown ~> false
      var.unknown || true ~> true
      """)
  void evaluatesOperatorsConditionalsTemplatesForExpressionsAndSplats(String expression, String json) {
    assertThat(eval.json(expression)).isEqualTo(json);
  }

  @Test
  void aHeredocIsAStringWithItsIndentationRemoved() {
    assertThat(eval.json("<<-EOT\n    hello ${\"world\"}\n      indented\n  EOT"))
        .isEqualTo("\"hello world\\n  indented\\n\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      var.unknown
      var.unknown + 1
      "prefix-${var.unknown}"
      var.unknown ? 1 : 2
      [for x in var.unknown : x]
      [for x in [1, 2] : x if var.unknown]
      {for x in ["a"] : var.unknown => x}
      upper(var.unknown)
      var.unknown.attribute
      [1, 2][var.unknown]
      true && var.unknown
      var.unknown == 1
      """)
  void anythingThatDependsOnAnUnknownIsUnknownAtTheExpressionWithItsText(String expression) {
    Value value = eval.of(expression);
    assertThat(value).isInstanceOf(UnknownValue.class);
    assertThat(eval.at(value.range())).isEqualTo(expression);
    assertThat(((UnknownValue) value).expression()).isEqualTo(expression);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {a = 1}.b
      [1, 2][5]
      "a" + 1
      1 / 0
      null ? 1 : 2
      -"x"
      each.key
      "a${null}"
      {for x in ["a", "a"] : x => 1}
      lookup({}, "k")
      """)
  void anExpressionTerraformWouldRejectIsUnknownNotAnException(String expression) {
    assertThat(eval.of(expression)).isInstanceOf(UnknownValue.class);
  }

  @Test
  void partiallyKnownCollectionsKeepTheirKnownItems() {
    ListValue list = (ListValue) eval.of("[1, var.unknown, \"b\"]");
    assertThat(list.items()).extracting(Value::isKnown).containsExactly(true, false, true);
    assertThat(eval.json("length([1, var.unknown])")).isEqualTo("2");
  }

  @Test
  void aCollectionHoldingAnUnknownIsNotNull() {
    assertThat(eval.json("[var.unknown] != null")).isEqualTo("true");
    assertThat(eval.json("{a = var.unknown} == null")).isEqualTo("false");
    assertThat(eval.json("null == [var.unknown] ? \"none\" : \"some\"")).isEqualTo("\"some\"");
    assertThat(eval.of("var.unknown == null")).isInstanceOf(UnknownValue.class);
    assertThat(eval.of("[var.unknown] == [1]")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void tryFallsBackOnErrorsButNotOnUnknownValues() {
    assertThat(eval.json("try({a = 1}.b, \"fallback\")")).isEqualTo("\"fallback\"");
    assertThat(eval.json("try({a = 1}.a, \"fallback\")")).isEqualTo("1");
    assertThat(eval.json("try(var.unknown.b, \"fallback\")")).isEqualTo("?");
    assertThat(eval.json("can({a = 1}.b)")).isEqualTo("false");
    assertThat(eval.json("can(tonumber(\"12\"))")).isEqualTo("true");
    assertThat(eval.json("can(var.unknown)")).isEqualTo("?");
    assertThat(eval.of("try({}.a, [][0])")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void aVariableIsMovedToWhereItIsUsedAndItsDefaultBecomesTheFirstHopOfItsOrigin() {
    Value value = eval.variable("public", "true").of("var.public");
    assertThat(value).isInstanceOf(BoolValue.class);
    assertThat(value.range()).isEqualTo(Range.ofLine("main.tf", 1, 5, 15));
    assertThat(value.origin()).containsExactly(
        new RelatedLocation(Range.ofLine("main.tf", 2, 10, 14), "default of `var.public`"));
  }

  @Test
  void anElementReadFromAVariableIsMovedWithTheLocationOfTheElementItself() {
    Value value = eval.variable("cidrs", "[\"10.0.0.0/8\", \"0.0.0.0/0\"]").of("var.cidrs[1]");
    assertThat(value.asString()).contains("0.0.0.0/0");
    assertThat(value.range()).isEqualTo(Range.ofLine("main.tf", 1, 5, 17));
    assertThat(value.origin()).extracting(RelatedLocation::range)
        .containsExactly(Range.ofLine("main.tf", 2, 24, 35));
  }

  @Test
  void aComputedValueKeepsTheOriginsOfWhatItWasComputedFrom() {
    Value value = eval.variable("a", "1").variable("b", "2").of("var.a + var.b");
    assertThat(value.asNumber()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("3"));
    assertThat(value.origin()).extracting(RelatedLocation::message)
        .containsExactly("default of `var.a`", "default of `var.b`");
    Value chosen = new Eval().variable("on", "false").of("var.on ? \"yes\" : \"no\"");
    assertThat(chosen.asString()).contains("no");
    assertThat(chosen.origin()).extracting(RelatedLocation::message).containsExactly("default of `var.on`");
  }

  @Test
  void aFunctionResultKeepsTheOriginsOfItsArguments() {
    Value found = new Eval().variable("types", "[\"webserver\"]").of("contains(var.types, \"worker\")");
    assertThat(found.isFalse()).isTrue();
    assertThat(found.range()).isEqualTo(Range.ofLine("main.tf", 1, 5, 34));
    assertThat(found.origin()).extracting(RelatedLocation::message).containsExactly("default of `var.types`");
    Value joined = new Eval().variable("a", "\"x\"").variable("b", "\"y\"").of("join(\",\", [var.a, var.b])");
    assertThat(joined.asString()).contains("x,y");
    assertThat(joined.origin()).extracting(RelatedLocation::message)
        .containsExactly("default of `var.a`", "default of `var.b`");
    assertThat(new Eval().of("upper(\"a\")").origin()).isEmpty();
  }

  @Test
  void theBudgetBoundsTheWorkAndItsEndIsUnknownNotAnException() {
    Eval small = new Eval().budget(new Budget(10_000, 400));
    assertThat(small.of("[for i in range(1000) : [for j in range(1000) : i * j]]"))
        .isInstanceOf(UnknownValue.class);
    assertThat(small.budget().exceeded()).isTrue();
    Eval shallow = new Eval().budget(new Budget(1_000_000, 20));
    assertThat(shallow.of("((((((((((((((((((((((((1))))))))))))))))))))))))")).isInstanceOf(UnknownValue.class);
    assertThat(shallow.budget().exceeded()).isTrue();
    assertThat(eval.of("((((((((((((((((((((((((1))))))))))))))))))))))))").isKnown()).isTrue();
    assertThat(eval.budget().exceeded()).isFalse();
  }

  @Test
  void anUnknownFunctionIsUnknownAndDoesNotMakeTryFallBack() {
    assertThat(eval.of("timestamp()")).isInstanceOf(UnknownValue.class);
    assertThat(eval.of("provider::aws::arn_parse(\"x\")")).isInstanceOf(UnknownValue.class);
    assertThat(eval.json("try(no_such_function(1), \"fallback\")")).isEqualTo("?");
  }

  @Test
  void jsonencodeKeepsTheLocatedValueItEncodes() {
    Value text = new Eval().variable("who", "\"*\"").of("jsonencode({Principal = var.who})");
    assertThat(text.asString()).contains("{\"Principal\":\"*\"}");
    assertThat(((StringValue) text).encoded()).hasValueSatisfying(encoded -> {
      Value principal = encoded.asMap().flatMap(map -> map.get("Principal")).orElseThrow();
      assertThat(principal.asString()).contains("*");
      assertThat(principal.origin()).extracting(RelatedLocation::message).containsExactly("default of `var.who`");
    });
    assertThat(((StringValue) new Eval().of("\"{}\"")).encoded()).isEmpty();
  }
}
