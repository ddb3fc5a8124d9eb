package dev.bulwark.terraform.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Expression;
import dev.bulwark.terraform.hcl.HclParser;
import org.junit.jupiter.api.Test;

class TypeConstraintTest {
  private final Evaluator evaluator = new Evaluator(Budget.standard(), range -> "", ScanSettings.DEFAULTS);
  private final Scope nothing = Scope.NONE;

  private Expression expression(String text) {
    return HclParser.parse(SourceText.of("t.tf", "x = " + text + "\n"), 100).body().orElseThrow()
        .attribute("x").orElseThrow().value();
  }

  private TypeConstraint type(String text) {
    return new TypeParser(e -> evaluator.evaluate(e, nothing)).parse(expression(text));
  }

  private String convert(String type, String value) {
    return Json.encode(type(type).convert(evaluator.evaluate(expression(value), nothing)));
  }

  @Test
  void primitivesConvertAsTerraformDoes() {
    assertThat(convert("bool", "\"false\"")).isEqualTo("false");
    assertThat(convert("number", "\"22\"")).isEqualTo("22");
    assertThat(convert("string", "22")).isEqualTo("\"22\"");
    assertThat(convert("string", "true")).isEqualTo("\"true\"");
    assertThat(convert("\"string\"", "1")).isEqualTo("\"1\"");
    assertThatThrownBy(() -> convert("bool", "\"yes\"")).isInstanceOf(EvaluationError.class);
    assertThatThrownBy(() -> convert("number", "[1]")).isInstanceOf(EvaluationError.class);
  }

  @Test
  void collectionsConvertTheirElementsAndSetsDropRepeats() {
    assertThat(convert("list(number)", "[\"1\", 2]")).isEqualTo("[1,2]");
    assertThat(convert("set(string)", "[\"b\", \"a\", \"b\"]")).isEqualTo("[\"a\",\"b\"]");
    assertThat(convert("map(bool)", "{a = \"true\"}")).isEqualTo("{\"a\":true}");
    assertThat(convert("tuple([string, number])", "[1, \"2\"]")).isEqualTo("[\"1\",2]");
    assertThatThrownBy(() -> convert("map(string)", "[\"a\"]")).isInstanceOf(EvaluationError.class);
  }

  @Test
  void optionalObjectAttributesTakeTheirDefaultsWhenLeftOutOrNull() {
    String type = "object({ name = string, public = optional(bool, false), tags = optional(map(string)),"
        + " nested = optional(object({ on = optional(bool, true) }), {}) })";
    assertThat(convert(type, "{name = \"a\", extra = 1}"))
        .isEqualTo("{\"name\":\"a\",\"nested\":{\"on\":true},\"public\":false,\"tags\":null}");
    assertThat(convert(type, "{name = \"a\", public = null, nested = {on = false}}"))
        .isEqualTo("{\"name\":\"a\",\"nested\":{\"on\":false},\"public\":false,\"tags\":null}");
    assertThat(convert("list(" + type + ")", "[{name = \"b\", public = \"true\"}]"))
        .isEqualTo("[{\"name\":\"b\",\"nested\":{\"on\":true},\"public\":true,\"tags\":null}]");
    assertThatThrownBy(() -> convert(type, "{public = true}")).isInstanceOf(EvaluationError.class);
  }

  @Test
  void aConvertedValueKeepsItsLocationAndUnknownsStayUnknown() {
    Value converted = type("bool").convert(evaluator.evaluate(expression("\"true\""), nothing));
    assertThat(converted.range()).isEqualTo(Range.ofLine("t.tf", 1, 5, 11));
    Value unknown = evaluator.unknown(Range.ofLine("t.tf", 1, 5, 11));
    assertThat(type("object({a = string})").convert(unknown)).isSameAs(unknown);
  }

  @Test
  void whatIsNotUnderstoodConvertsNothingAndOnlyPrimitivesArePrimitive() {
    assertThat(type("any")).isEqualTo(TypeConstraint.ANY);
    assertThat(type("something(else)")).isEqualTo(TypeConstraint.ANY);
    assertThat(type("string").isPrimitive()).isTrue();
    assertThat(type("list(string)").isPrimitive()).isFalse();
    assertThat(type("any").isPrimitive()).isFalse();
  }
}
