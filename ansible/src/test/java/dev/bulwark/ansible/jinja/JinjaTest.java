package dev.bulwark.ansible.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JinjaTest {
  private static final Range AT = Range.ofLine("site.yml", 3, 5, 20);
  private static final Range DEFINED = Range.ofLine("vars.yml", 1, 1, 10);

  private final Map<String, Value> variables = new HashMap<>();

  private Outcome render(String template) {
    return Jinja.render(template, AT, this::variable);
  }

  private Outcome variable(String name) {
    if (name.equals("omit")) {
      return new Outcome.Omit();
    }
    Value value = variables.get(name);
    return value == null ? new Outcome.Undefined(name) : new Outcome.Known(value);
  }

  private Value value(String template) {
    Outcome outcome = render(template);
    assertThat(outcome).as(template).isInstanceOf(Outcome.Known.class);
    return ((Outcome.Known) outcome).value();
  }

  private void assertUnknown(String template) {
    assertThat(value(template)).as(template).isEqualTo(new UnknownValue(template, AT));
  }

  private static StringValue string(String text) {
    return new StringValue(text, DEFINED);
  }

  @Test
  void notNegatesTheTruthOfAKnownValue() {
    variables.put("off", new BoolValue(false, DEFINED));
    variables.put("name", string("web"));
    variables.put("empty", new ListValue(List.of(), DEFINED));
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    assertThat(value("{{ not off }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ not name }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ not empty }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ not 'no' | bool }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ not not off }}")).isEqualTo(new BoolValue(false, AT));
    assertUnknown("{{ not later }}");
    assertThat(render("{{ not missing }}")).isInstanceOf(Outcome.Undefined.class);
  }

  @Test
  void equalityAndLogicCompareKnownScalarsAsPythonDoes() {
    variables.put("env", string("prod"));
    variables.put("count", new NumberValue(BigDecimal.ONE, DEFINED));
    variables.put("on", new BoolValue(true, DEFINED));
    variables.put("off", new BoolValue(false, DEFINED));
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    assertThat(value("{{ env == 'prod' }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ env != 'prod' }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ count == 1.0 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ on == 1 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count == '1' }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ not env == 'dev' }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ env == 'prod' and off }}")).isEqualTo(new BoolValue(false, DEFINED));
    assertThat(value("{{ off or env }}")).isEqualTo(string("prod"));
    assertThat(value("{{ on or later }}")).isEqualTo(new BoolValue(true, DEFINED));
    assertThat(value("{{ off and later }}")).isEqualTo(new BoolValue(false, DEFINED));
    assertUnknown("{{ later == 'x' }}");
    assertUnknown("{{ later or on }}");
    assertUnknown("{{ [1] == [1] }}");
    assertThat(render("{{ missing == 'x' }}")).isInstanceOf(Outcome.Undefined.class);
    assertThat(value("{{ env in ['prod', 'staging'] }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ env not in ['prod', 'staging'] }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ 'ro' in env }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ 'a' in {'a': 1} }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count in [2, 3] }}")).isEqualTo(new BoolValue(false, AT));
    assertUnknown("{{ env in [later] }}");
    assertUnknown("{{ env in later }}");
  }

  @Test
  void orderingComparesNumbersAndStringsAsPythonDoes() {
    variables.put("count", new NumberValue(BigDecimal.ONE, DEFINED));
    variables.put("env", string("prod"));
    variables.put("on", new BoolValue(true, DEFINED));
    variables.put("nothing", new NullValue(DEFINED));
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    assertThat(value("{{ count < 3 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count > 3 }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ count >= 1 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count<=0.5 }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ -2.5 < count }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ on > 0 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ env >= 'prod' }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ 'Z' < 'a' }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ 'ab' < 'abc' }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ '\uE000' < '😀' }}")).as("by code point").isEqualTo(new BoolValue(true, AT));
    assertUnknown("{{ env < 1 }}");
    assertUnknown("{{ count < '3' }}");
    assertUnknown("{{ nothing < 1 }}");
    assertUnknown("{{ [1] < [2] }}");
    assertUnknown("{{ later > 1 }}");
    assertThat(render("{{ missing > 1 }}")).isInstanceOf(Outcome.Undefined.class);
  }

  @Test
  void numbersCompareAsPythonsIntsAndFloats() {
    assertThat(value("{{ 0.1 == 0.10000000000000001 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ 0.30000000000000001 > 0.3 }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ 2 == 2.0 }}")).isEqualTo(new BoolValue(true, AT));
    assertUnknown("{{ 9007199254740993 > 9007199254740992.0 }}");
  }

  @Test
  void comparisonsChainAndBindTighterThanNotAndOr() {
    variables.put("count", new NumberValue(BigDecimal.ONE, DEFINED));
    variables.put("env", string("prod"));
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    assertThat(value("{{ 0 < count < 3 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ 1 < count < 3 }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ 2 < count < later }}")).isEqualTo(new BoolValue(false, AT));
    assertUnknown("{{ 0 < count < later }}");
    assertThat(value("{{ not count > 3 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count > 3 or env == 'prod' }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count < 3 and env in ['dev'] }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ count > 3 and later }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ count < 3 or later }}")).isEqualTo(new BoolValue(true, AT));
  }

  @Test
  void membershipFollowsPython() {
    variables.put("env", string("prod"));
    variables.put("count", new NumberValue(BigDecimal.ONE, DEFINED));
    assertThat(value("{{ 'b' in {'a': 1} }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ true in [1] }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ env not in 'production' }}")).isEqualTo(new BoolValue(false, AT));
    assertUnknown("{{ count in env }}");
    assertUnknown("{{ env in count }}");
  }

  @Test
  void typeTestsFollowJinja() {
    variables.put("count", new NumberValue(BigDecimal.ONE, DEFINED));
    variables.put("env", string("prod"));
    variables.put("on", new BoolValue(true, DEFINED));
    variables.put("off", new BoolValue(false, DEFINED));
    variables.put("nothing", new NullValue(DEFINED));
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    assertThat(value("{{ nothing is none }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ nothing is not none }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ 0 is none }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ on is true }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is true }}")).as("1 is not True").isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ 'yes' is true }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ off is false }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ 0 is false }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ off is boolean }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is boolean }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ env is string }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is string }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ count is number }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ on is number }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ '1' is number }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ {} is mapping }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ [] is mapping }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ env is sequence }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ [] is sequence }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ {} is sequence }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is sequence }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ nothing is ansible.builtin.none }}")).isEqualTo(new BoolValue(true, AT));
    assertUnknown("{{ later is none }}");
    assertUnknown("{{ missing is none }}");
  }

  @Test
  void comparisonTestsMeanTheirOperators() {
    variables.put("count", new NumberValue(BigDecimal.ONE, DEFINED));
    variables.put("env", string("prod"));
    assertThat(value("{{ count is eq 1 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is equalto(1.0) }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is ne 1 }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ count is lt 3 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is lessthan 1 }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ count is le 1 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is gt 0 }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count is greaterthan 1 }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ count is ge 2 }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ env is in ['prod', 'staging'] }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ env is not in ['dev'] }}")).isEqualTo(new BoolValue(true, AT));
    assertUnknown("{{ env is gt 1 }}");
  }

  @Test
  void testsBindAsTightlyAsFiltersAndTakeArgumentsAsJinjaReadsThem() {
    variables.put("count", new NumberValue(BigDecimal.ONE, DEFINED));
    variables.put("nothing", new NullValue(DEFINED));
    assertThat(value("{{ 0 == 1 is true }}")).as("0 == (1 is true)").isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ count | string is string }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ not nothing is none }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ nothing is none and count is eq 1 }}")).isEqualTo(new BoolValue(true, AT));
    assertUnknown("{{ count is odd }}");
    assertUnknown("{{ count is None }}");
    assertUnknown("{{ count is eq }}");
    assertUnknown("{{ count is eq -1 }}");
    assertUnknown("{{ count is eq(value=1) }}");
    assertUnknown("{{ count is none(1) }}");
    assertUnknown("{{ count is none in [true] }}");
    assertUnknown("{{ count is defined is true }}");
    assertUnknown("{{ count is other.none }}");
  }

  @Test
  void recognisesTemplatesAsAnsibleDoes() {
    assertThat(Jinja.isTemplate("{{ x }}")).isTrue();
    assertThat(Jinja.isTemplate("a {% if x %}")).isTrue();
    assertThat(Jinja.isTemplate("{# note #}")).isTrue();
    assertThat(Jinja.isTemplate("plain { text } here")).isFalse();
  }

  @Test
  void aWholeValueTemplateKeepsTheVariablesTypeAndOrigin() {
    variables.put("public", new BoolValue(true, DEFINED));
    variables.put("ports", new ListValue(List.of(new NumberValue(BigDecimal.valueOf(22), DEFINED)), DEFINED));
    assertThat(value("{{ public }}")).isEqualTo(new BoolValue(true, DEFINED));
    assertThat(value("{{ports}}").asList().orElseThrow()).extracting(v -> v.asNumber().orElseThrow().intValue())
        .containsExactly(22);
  }

  @Test
  void textAroundExpressionsMakesAString() {
    variables.put("env", string("prod"));
    variables.put("public", new BoolValue(true, DEFINED));
    variables.put("size", new NumberValue(BigDecimal.valueOf(20), DEFINED));
    assertThat(value("db-{{ env }}-{{ size }}")).isEqualTo(new StringValue("db-prod-20", AT));
    assertThat(value(" {{ public }}")).isEqualTo(new StringValue(" True", AT));
  }

  @Test
  void anUndefinedVariableIsUndefinedAloneAndUnknownInText() {
    assertThat(render("{{ missing }}")).isEqualTo(new Outcome.Undefined("missing"));
    assertUnknown("name-{{ missing }}");
  }

  @Test
  void defaultAppliesToUndefinedVariablesAttributesAndItems() {
    variables.put("cfg", MapValue.of(List.of(new MapEntry("public", DEFINED, new BoolValue(false, DEFINED))),
        DEFINED));
    assertThat(value("{{ missing | default(true) }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ missing | d('x') }}")).isEqualTo(new StringValue("x", AT));
    assertThat(value("{{ missing | default }}")).isEqualTo(new StringValue("", AT));
    assertThat(value("{{ cfg.public | default(true) }}")).isEqualTo(new BoolValue(false, DEFINED));
    assertThat(value("{{ cfg['encrypted'] | default(true) }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ cfg.other.deeper | default(1) }}").asNumber()).contains(BigDecimal.ONE);
    assertThat(value("{{ missing.key | ansible.builtin.default(false) }}")).isEqualTo(new BoolValue(false, AT));
  }

  @Test
  void aValueTakenOutOfAVariableCameTheVariablesWay() {
    RelatedLocation hop = new RelatedLocation(DEFINED, "`cfg` is set here");
    variables.put("cfg", new MapValue(Map.of("public", new MapEntry("public", DEFINED, new BoolValue(true, DEFINED))),
        DEFINED, List.of(hop)));
    variables.put("cidrs", new ListValue(List.of(string("0.0.0.0/0")), DEFINED, List.of(hop)));
    assertThat(value("{{ cfg.public }}").origin()).containsExactly(hop);
    assertThat(value("{{ cidrs[0] }}").origin()).containsExactly(hop);
  }

  @Test
  void defaultWithBooleanReplacesFalsyValues() {
    variables.put("empty", string(""));
    variables.put("set", string("on"));
    assertThat(value("{{ empty | default('fallback', true) }}")).isEqualTo(new StringValue("fallback", AT));
    assertThat(value("{{ empty | default('fallback', boolean=true) }}")).isEqualTo(new StringValue("fallback", AT));
    assertThat(value("{{ empty | default('fallback') }}")).isEqualTo(string(""));
    assertThat(value("{{ set | default('fallback', true) }}")).isEqualTo(string("on"));
  }

  @Test
  void omitPassesThroughDefault() {
    assertThat(render("{{ missing | default(omit) }}")).isInstanceOf(Outcome.Omit.class);
    assertThat(render("{{ omit }}")).isInstanceOf(Outcome.Omit.class);
    assertUnknown("x-{{ omit }}");
  }

  @Test
  void boolFollowsAnsible() {
    variables.put("yes_text", string("Yes"));
    variables.put("no_text", string("no"));
    variables.put("one", new NumberValue(BigDecimal.ONE, DEFINED));
    variables.put("y", string("y"));
    variables.put("nothing", new NullValue(DEFINED));
    assertThat(value("{{ yes_text | bool }}").isTrue()).isTrue();
    assertThat(value("{{ no_text | bool }}").isFalse()).isTrue();
    assertThat(value("{{ one | bool }}").isTrue()).isTrue();
    assertThat(value("{{ y | bool }}").isFalse()).isTrue();
    assertThat(value("{{ nothing | bool }}")).isInstanceOf(NullValue.class);
    assertThat(value("{{ 'TRUE' | bool }}").isTrue()).isTrue();
  }

  @Test
  void stringFiltersUsePythonText() {
    variables.put("name", string("MyDB"));
    variables.put("flag", new BoolValue(true, DEFINED));
    assertThat(value("{{ name | lower }}")).isEqualTo(new StringValue("mydb", DEFINED));
    assertThat(value("{{ name | upper }}")).isEqualTo(new StringValue("MYDB", DEFINED));
    assertThat(value("{{ flag | lower }}")).isEqualTo(new StringValue("true", DEFINED));
    assertThat(value("{{ flag | string }}")).isEqualTo(new StringValue("True", DEFINED));
    assertThat(value("{{ 5 | string }}")).isEqualTo(new StringValue("5", AT));
  }

  @Test
  void intFollowsJinja() {
    assertThat(value("{{ '42' | int }}").asNumber()).contains(BigDecimal.valueOf(42));
    assertThat(value("{{ '4.7' | int }}").asNumber()).contains(BigDecimal.valueOf(4));
    assertThat(value("{{ 'abc' | int }}").asNumber()).contains(BigDecimal.ZERO);
    assertThat(value("{{ true | int }}").asNumber()).contains(BigDecimal.ONE);
    assertThat(value("{{ -3 | int }}").asNumber()).contains(BigDecimal.valueOf(-3));
  }

  @Test
  void ternaryUsesPythonTruth() {
    variables.put("prod", new BoolValue(true, DEFINED));
    variables.put("word", string("false"));
    variables.put("nothing", new NullValue(DEFINED));
    assertThat(value("{{ prod | ternary('private', 'public') }}")).isEqualTo(new StringValue("private", AT));
    assertThat(value("{{ word | ternary(1, 2) }}").asNumber()).contains(BigDecimal.ONE);
    assertThat(value("{{ '' | ternary(1, 2) }}").asNumber()).contains(BigDecimal.valueOf(2));
    assertThat(value("{{ nothing | ternary(1, 2, 3) }}").asNumber()).contains(BigDecimal.valueOf(3));
    assertThat(value("{{ nothing | ternary(1, 2) }}").asNumber()).contains(BigDecimal.valueOf(2));
  }

  @Test
  void literalsListsAndDicts() {
    assertThat(value("{{ [1, 'a', none] }}").asList().orElseThrow()).hasSize(3);
    MapValue map = value("{{ {'a': 1, \"b\": [true]} }}").asMap().orElseThrow();
    assertThat(map.entries().keySet()).containsExactly("a", "b");
    assertThat(value("{{ {'k': 'v'}['k'] }}")).isEqualTo(new StringValue("v", AT));
    assertThat(value("{{ [10, 20][-1] }}").asNumber()).contains(BigDecimal.valueOf(20));
    assertThat(value("{{ '}}' }}")).isEqualTo(new StringValue("}}", AT));
    assertThat(value("{{ 'it\\'s' }}")).isEqualTo(new StringValue("it's", AT));
  }

  @Test
  void onlyAVariableWithAKnownValueIsKnownToBeDefined() {
    variables.put("region", string("eu-west-1"));
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    assertThat(value("{{ region is defined }}")).isEqualTo(new BoolValue(true, AT));
    assertThat(value("{{ region is not defined }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ region is undefined }}")).isEqualTo(new BoolValue(false, AT));
    assertThat(value("{{ region is defined and region == 'eu-west-1' }}")).isEqualTo(new BoolValue(true, AT));
    assertUnknown("{{ elsewhere is defined }}");
    assertUnknown("{{ elsewhere is not defined }}");
    assertUnknown("{{ later is defined }}");
  }

  @Test
  void whatIsNotEvaluatedIsUnknownWithTheTemplateText() {
    variables.put("a", string("x"));
    assertUnknown("{{ lookup('env', 'PUBLIC') }}");
    assertUnknown("{{ query('file', 'x') }}");
    assertUnknown("{{ query('x') | first }}");
    assertUnknown("{{ a | combine({'b': 1}) }}");
    assertUnknown("{{ a is odd }}");
    assertUnknown("{{ a[1:] }}");
    assertUnknown("{{ 'a' if a }}");
    assertUnknown("{{ '%s-1' % a }}");
    assertUnknown("{{ a is lower }}");
    assertUnknown("{{ a.upper() }}");
    assertUnknown("{% if a %}yes{% endif %}");
    assertUnknown("{% for x in a %}{{ x }}{% endfor %}");
    assertUnknown("{{ missing | default(lookup('env', 'X')) }}");
    assertUnknown("{{ a");
    assertUnknown("{# unterminated");
  }

  @Test
  void arithmeticFollowsPythonWithJinjasPrecedence() {
    variables.put("base", new NumberValue(BigDecimal.valueOf(8000), DEFINED));
    assertThat(value("{{ 1 + 2 * 3 }}").asNumber()).contains(BigDecimal.valueOf(7));
    assertThat(value("{{ (1 + 2) * 3 - 1 }}").asNumber()).contains(BigDecimal.valueOf(8));
    assertThat(value("{{ 2 ** 3 ** 2 }}").asNumber()).contains(BigDecimal.valueOf(64));
    assertThat(value("{{ 7 // 2 }}").asNumber()).contains(BigDecimal.valueOf(3));
    assertThat(value("{{ -7 // 2 }}").asNumber()).contains(BigDecimal.valueOf(-4));
    assertThat(value("{{ -7 % 3 }}").asNumber()).contains(BigDecimal.valueOf(2));
    assertThat(value("{{ 10 / 4 }}").asNumber()).contains(new BigDecimal("2.5"));
    assertThat(value("{{ base + 80 }}").asNumber()).contains(BigDecimal.valueOf(8080));
    assertThat(value("{{ 'a' + 'b' }}")).isEqualTo(new StringValue("ab", AT));
    assertThat(value("{{ ['10.0.0.0/8'] + ['0.0.0.0/0'] }}").asList().orElseThrow()).hasSize(2);
    assertUnknown("{{ 'a' + 1 }}");
    assertUnknown("{{ 1 / 0 }}");
    assertUnknown("{{ 2 ** 0.5 }}");
    assertUnknown("{{ 'ab' * 2 }}");
    assertThat(render("{{ missing + 1 }}")).isInstanceOf(Outcome.Undefined.class);
  }

  @Test
  void tildeJoinsTheTextOfItsOperandsAndBindsTighterThanPlus() {
    variables.put("env", string("prod"));
    variables.put("port", new NumberValue(BigDecimal.valueOf(22), DEFINED));
    assertThat(value("{{ 'sg-' ~ env ~ '-' ~ port }}")).isEqualTo(new StringValue("sg-prod-22", AT));
    assertThat(value("{{ 'x' ~ none ~ true }}")).isEqualTo(new StringValue("xNoneTrue", AT));
    assertThat(value("{{ 'a' ~ 1 * 2 }}")).isEqualTo(new StringValue("a2", AT));
    assertUnknown("{{ 1 + 2 ~ 'x' }}");
    assertUnknown("{{ env ~ [1] }}");
  }

  @Test
  void aConditionalExpressionPicksTheBranchItsConditionsTruthChooses() {
    variables.put("prod", new BoolValue(true, DEFINED));
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    assertThat(value("{{ '10.0.0.0/8' if prod else '0.0.0.0/0' }}")).isEqualTo(new StringValue("10.0.0.0/8", AT));
    assertThat(value("{{ 1 if not prod else 2 if prod else 3 }}").asNumber()).contains(BigDecimal.valueOf(2));
    assertThat(value("{{ 'a' if prod and 1 > 2 else 'b' | upper }}")).isEqualTo(new StringValue("B", AT));
    assertThat(value("{{ [1, 2] | first if prod else 0 }}").asNumber()).contains(BigDecimal.ONE);
    assertThat(render("{{ omit if prod else 1 }}")).isInstanceOf(Outcome.Omit.class);
    assertUnknown("{{ 'a' if later else 'b' }}");
    assertThat(render("{{ 'a' if missing else 'b' }}")).isInstanceOf(Outcome.Undefined.class);
    assertThat(value("{{ x is defined if prod else 1 }}")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void collectionFiltersTakeListsMappingsAndStringsApart() {
    variables.put("cidrs", new ListValue(List.of(string("10.0.0.0/8"), string("0.0.0.0/0")), DEFINED));
    variables.put("nested", new ListValue(List.of(string("a"), new ListValue(List.of(string("b"),
        new ListValue(List.of(string("c")), DEFINED), new NullValue(DEFINED)), DEFINED)), DEFINED));
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    assertThat(value("{{ cidrs | join(',') }}")).isEqualTo(new StringValue("10.0.0.0/8,0.0.0.0/0", DEFINED));
    assertThat(value("{{ [1, 2] | join }}").asString()).contains("12");
    assertThat(value("{{ cidrs | first }}")).isEqualTo(string("10.0.0.0/8"));
    assertThat(value("{{ cidrs | last }}")).isEqualTo(string("0.0.0.0/0"));
    assertThat(render("{{ [] | first }}")).isInstanceOf(Outcome.Undefined.class);
    assertThat(value("{{ cidrs | length }}").asNumber()).contains(BigDecimal.valueOf(2));
    assertThat(value("{{ 'abc' | count }}").asNumber()).contains(BigDecimal.valueOf(3));
    assertThat(value("{{ {'a': 1, 'b': 2} | list }}").asList().orElseThrow()).extracting(Value::asString)
        .containsExactly(java.util.Optional.of("a"), java.util.Optional.of("b"));
    assertThat(value("{{ [1, 2, 1, '1'] | unique }}").asList().orElseThrow()).hasSize(3);
    assertThat(value("{{ ['Web', 'web', 'db'] | unique }}").asList().orElseThrow()).extracting(Value::asString)
        .containsExactly(java.util.Optional.of("Web"), java.util.Optional.of("db"));
    assertThat(value("{{ nested | flatten }}").asList().orElseThrow()).extracting(Value::asString)
        .containsExactly(java.util.Optional.of("a"), java.util.Optional.of("b"), java.util.Optional.of("c"));
    assertThat(value("{{ nested | flatten(levels=1) }}").asList().orElseThrow()).hasSize(3);
    assertThat(value("{{ nested | flatten(skip_nulls=false) }}").asList().orElseThrow()).hasSize(4);
    assertThat(value("{{ ['a', 'null', none, 'None'] | flatten }}").asList().orElseThrow()).hasSize(1);
    MapValue merged = value("{{ {'a': 1, 'b': 2} | combine({'b': 3}, {'c': 4}) }}").asMap().orElseThrow();
    assertThat(merged.get("b").flatMap(Value::asNumber)).contains(BigDecimal.valueOf(3));
    assertThat(merged.entries().keySet()).containsExactly("a", "b", "c");
    assertThat(value("{{ '10.0.0.0/8, 0.0.0.0/0' | split(', ') }}").asList().orElseThrow()).hasSize(2);
    assertThat(value("{{ ' a  b ' | split }}").asList().orElseThrow()).hasSize(2);
    assertThat(value("{{ 'a-b-c' | replace('-', '.') }}").asString()).contains("a.b.c");
    assertThat(value("{{ '  x ' | trim }}").asString()).contains("x");
    assertUnknown("{{ [later, 1] | join(',') }}");
    assertUnknown("{{ cidrs | join(later) }}");
    assertUnknown("{{ {'a': 1} | combine({'b': 1}, recursive=true) }}");
    assertUnknown("{{ cidrs | replace('a', 'b') }}");
    assertUnknown("{{ later | first }}");
  }

  @Test
  void toJsonWritesWhatPythonWritesAndKeepsTheValueItEncodes() {
    MapValue policy = MapValue.of(List.of(new MapEntry("Effect", DEFINED, string("Allow")),
        new MapEntry("Principal", DEFINED, string("*")),
        new MapEntry("Action", DEFINED, new ListValue(List.of(string("s3:GetObject"), string("é")), DEFINED))),
        DEFINED);
    variables.put("policy", policy);
    variables.put("later", new UnknownValue("lookup('env', 'X')", DEFINED));
    StringValue json = (StringValue) value("{{ policy | to_json }}");
    assertThat(json.value()).isEqualTo("{\"Effect\": \"Allow\", \"Principal\": \"*\", "
        + "\"Action\": [\"s3:GetObject\", \"\\u00e9\"]}");
    assertThat(json.encoded()).contains(policy);
    assertThat(((StringValue) value("{{ {'b': [1, none], 'a': true} | to_nice_json }}")).value())
        .isEqualTo("{\n    \"a\": true,\n    \"b\": [\n        1,\n        null\n    ]\n}");
    assertUnknown("{{ [later] | to_json }}");
    assertUnknown("{{ policy | to_json(indent=2) }}");
  }

  @Test
  void fileAndTemplateLookupsReadTheFilesTheirVariablesFind() {
    Map<String, String> files = Map.of("file policy.json", "{\"Principal\": \"*\", \"n\": 1}\n\n",
        "template site.j2", "bucket={{ name | upper }}");
    variables.put("name", string("web"));
    Variables withFiles = new Variables() {
      @Override
      public Outcome lookup(String name) {
        return variable(name);
      }

      @Override
      public Optional<String> lookupFile(String plugin, String term) {
        return Optional.ofNullable(files.get(plugin + " " + term));
      }
    };
    assertThat(Jinja.render("{{ lookup('file', 'policy.json') }}", AT, withFiles))
        .isEqualTo(new Outcome.Known(new StringValue("{\"Principal\": \"*\", \"n\": 1}", AT)));
    assertThat(Jinja.render("{{ lookup('ansible.builtin.template', 'site.j2') }}", AT, withFiles))
        .isEqualTo(new Outcome.Known(new StringValue("bucket=WEB", AT)));
    Value decoded = ((Outcome.Known) Jinja.render("{{ lookup('file', 'policy.json') | from_json }}", AT, withFiles))
        .value();
    assertThat(decoded.asMap().orElseThrow().get("n").flatMap(Value::asNumber)).contains(BigDecimal.ONE);
    for (String unread : List.of("{{ lookup('file', 'missing.json') }}", "{{ lookup('env', 'HOME') }}",
        "{{ lookup('file', 'policy.json', 'site.j2') }}", "{{ lookup('file', 'policy.json', rstrip=false) }}")) {
      assertThat(Jinja.render(unread, AT, withFiles)).as(unread)
          .isEqualTo(new Outcome.Known(new UnknownValue(unread, AT)));
    }
    assertUnknown("{{ lookup('file', 'policy.json') }}");
    assertUnknown("{{ 'not json' | from_json }}");
  }

  @Test
  void hugeNumbersAndTextsAreUnknownNotACrash() {
    variables.put("huge", new NumberValue(new BigDecimal("1.0e+1500000000"), DEFINED));
    variables.put("tiny", new NumberValue(new BigDecimal("1.0e-900000000"), DEFINED));
    variables.put("s", string("a".repeat(2000)));
    for (String template : List.of("{{ huge * huge }}", "{{ huge ** 2 }}", "{{ huge + 1 }}", "{{ huge // 7 }}",
        "{{ tiny + 1 }}", "{{ huge ~ '' }}", "{{ 'x' ~ tiny }}", "{{ [huge] | to_json }}", "{{ 9 ** 5000 }}",
        "{{ s | replace('a', s) | replace('a', s) }}")) {
      assertThat(value(template)).as(template).isInstanceOf(UnknownValue.class);
    }
    String chain = "{{ " + String.join(" + ", java.util.Collections.nCopies(10_000, "1")) + " }}";
    assertThat(value(chain)).isInstanceOf(UnknownValue.class);
    assertThat(value("{{ " + String.join(" + ", java.util.Collections.nCopies(100, "1")) + " }}").asNumber())
        .contains(BigDecimal.valueOf(100));
  }

  @Test
  void aTemplateThatLooksItselfUpIsUnknownNotACrash() {
    Variables looping = new Variables() {
      @Override
      public Outcome lookup(String name) {
        return variable(name);
      }

      @Override
      public Optional<String> lookupFile(String plugin, String term) {
        return Optional.of("x{{ lookup('template', 'self.j2') }}");
      }
    };
    Outcome outcome = Jinja.render("{{ lookup('template', 'self.j2') }}", AT, looping);
    assertThat(outcome).isInstanceOf(Outcome.Known.class);
    assertThat(((Outcome.Known) outcome).value()).isInstanceOf(UnknownValue.class);
  }

  @Test
  void rawBlocksCommentsAndWhitespaceControl() {
    variables.put("x", string("v"));
    assertThat(value("{% raw %}{{ x }}{% endraw %}")).isEqualTo(new StringValue("{{ x }}", AT));
    assertThat(value("a{# note #}b")).isEqualTo(new StringValue("ab", AT));
    assertThat(value("a   {{- x -}}   b")).isEqualTo(new StringValue("avb", AT));
    assertThat(value("{%- raw -%}  {{ '{{' }} {%- endraw %}!")).isEqualTo(new StringValue("{{ '{{' }}!", AT));
    assertThat(value("{{ '{{' }} x }}")).isEqualTo(new StringValue("{{ x }}", AT));
    assertThat(value("{% raw %}\n{{ .RepoTags }}\n{% endraw %}")).isEqualTo(new StringValue("{{ .RepoTags }}\n", AT));
  }

  @Test
  void deepNestingIsUnknownNotACrash() {
    String deep = "{{ " + "(".repeat(5000) + "x" + ")".repeat(5000) + " }}";
    assertThat(value(deep)).isInstanceOf(UnknownValue.class);
    String deepList = "{{ " + "[".repeat(5000) + "]".repeat(5000) + " }}";
    assertThat(value(deepList)).isInstanceOf(UnknownValue.class);
  }

  @Test
  void unknownInputsStayUnknown() {
    variables.put("u", new UnknownValue("{{ lookup('x') }}", DEFINED));
    assertThat(value("{{ u | bool }}")).isInstanceOf(UnknownValue.class);
    assertThat(value("{{ u | default(false) }}")).isInstanceOf(UnknownValue.class);
    assertThat(value("{{ u.key | default(false) }}")).isInstanceOf(UnknownValue.class);
    assertThat(value("{{ u | ternary(1, 2) }}")).isInstanceOf(UnknownValue.class);
  }
}
