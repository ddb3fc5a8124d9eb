package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactTest {
  private static final Range HEADER = Range.ofLine("db.tf", 1, 1, 36);
  private static final Range KEY = Range.ofLine("db.tf", 3, 3, 22);
  private static final Range VALUE = Range.ofLine("db.tf", 3, 25, 29);

  private static MapValue attributes(Value value) {
    return MapValue.of(List.of(new MapEntry("publicly_accessible", KEY, value)), new Range("db.tf", 1, 1, 4, 2));
  }

  @Test
  void aMissingAttributeTakesTheDefaultAtTheHeader() {
    Fact fact = Fact.of(MapValue.of(List.of(), HEADER), "publicly_accessible", false, HEADER);
    assertThat(fact.isFalse()).isTrue();
    assertThat(fact.byDefault()).isTrue();
    assertThat(fact.range()).isEqualTo(HEADER);
  }

  @Test
  void nullMeansMissing() {
    Fact fact = Fact.of(attributes(new NullValue(VALUE)), "publicly_accessible", false, HEADER);
    assertThat(fact.byDefault()).isTrue();
    assertThat(fact.isFalse()).isTrue();
  }

  @Test
  void aKnownValueIsLocatedAtTheWholeAttribute() {
    Fact fact = Fact.of(attributes(new BoolValue(true, VALUE)), "publicly_accessible", false, HEADER);
    assertThat(fact.isTrue()).isTrue();
    assertThat(fact.byDefault()).isFalse();
    assertThat(fact.range()).isEqualTo(Range.ofLine("db.tf", 3, 3, 29));
    assertThat(fact.attribute()).isEqualTo("publicly_accessible");
  }

  @Test
  void anUnknownValueIsUnknownNotInsecure() {
    Fact fact = Fact.of(attributes(new UnknownValue("var.public", VALUE)), "publicly_accessible", false, HEADER);
    assertThat(fact.isUnknown()).isTrue();
    assertThat(fact.isTrue()).isFalse();
    assertThat(fact.isFalse()).isFalse();
  }

  @Test
  void anUndecidedChoiceIsUnknownButItsReachableBranchesCarryTheirCondition() {
    Value choice = new UnknownValue("!If [IsPublic, true, false]", VALUE, List.of(), List.of(
        new UnknownValue.Alternative("condition `IsPublic` is true", new BoolValue(true, Range.ofLine("db.tf", 3, 35, 39))),
        new UnknownValue.Alternative("condition `IsPublic` is false", new NullValue(Range.ofLine("db.tf", 3, 41, 46)))));
    Fact fact = Fact.of(attributes(choice), "publicly_accessible", false, HEADER);
    assertThat(fact.isUnknown()).isTrue();
    assertThat(fact.isTrue()).isFalse();
    assertThat(fact.when(true)).hasValueSatisfying(branch -> {
      assertThat(branch.condition()).isEqualTo("condition `IsPublic` is true");
      assertThat(branch.range()).isEqualTo(Range.ofLine("db.tf", 3, 35, 39));
    });
    assertThat(fact.when(false)).hasValueSatisfying(branch -> {
      assertThat(branch.byDefault()).isTrue();
      assertThat(branch.condition()).isEqualTo("condition `IsPublic` is false");
    });
  }

  @Test
  void aNegatedFactKeepsItsPlaceAndNegatesEachReachableBranch() {
    Value open = new BoolValue(true, Range.ofLine("db.tf", 3, 35, 39));
    Value choice = new UnknownValue("!If [Open, true, false]", VALUE, List.of(),
        List.of(new UnknownValue.Alternative("condition `Open` is true", open)));
    Fact negated = Fact.of(attributes(choice), "publicly_accessible", false, HEADER).negated();
    assertThat(negated.isUnknown()).isTrue();
    assertThat(negated.when(false)).hasValueSatisfying(branch ->
        assertThat(branch.condition()).isEqualTo("condition `Open` is true"));
    Fact missing = Fact.of(MapValue.of(List.of(), HEADER), "publicly_accessible", false, HEADER).negated();
    assertThat(missing.isTrue()).isTrue();
    assertThat(missing.byDefault()).isTrue();
    assertThat(missing.range()).isEqualTo(HEADER);
  }

  @Test
  void allRequiresEverySettingAndAnyOne() {
    Fact yes = Fact.known(true, "a", KEY, List.of());
    Fact no = Fact.known(false, "b", VALUE, List.of());
    Fact unknown = Fact.unknown("c", HEADER, List.of());
    assertThat(Fact.all(List.of(yes, unknown, no))).isEqualTo(no);
    assertThat(Fact.all(List.of(yes, unknown))).isEqualTo(unknown);
    assertThat(Fact.all(List.of(yes))).isEqualTo(yes);
    assertThat(Fact.any(List.of(no, unknown, yes))).isEqualTo(yes);
  }

  @Test
  void nestedChoicesJoinTheirConditionsAndUnreachableTruthsAreEmpty() {
    Value inner = new UnknownValue("inner", VALUE, List.of(), List.of(
        new UnknownValue.Alternative("condition `B` is true", new BoolValue(true, VALUE))));
    Value outer = new UnknownValue("outer", VALUE, List.of(), List.of(
        new UnknownValue.Alternative("condition `A` is true", inner)));
    Fact fact = Fact.of(outer, "publicly_accessible", KEY);
    assertThat(fact.when(true).map(Fact::condition)).contains("condition `A` is true and condition `B` is true");
    assertThat(fact.when(false)).isEmpty();
    assertThat(Fact.known(true, "x", KEY, List.of()).when(true).map(Fact::condition)).contains("");
  }

  @Test
  void locatedSettingsListTheirReachableWitnesses() {
    Value cidr = new UnknownValue("!If", VALUE, List.of(), List.of(
        new UnknownValue.Alternative("condition `Open` is true", new StringValue("0.0.0.0/0", VALUE)),
        new UnknownValue.Alternative("condition `Open` is false", new UnknownValue("!Ref Office", VALUE))));
    Located<String> source = Located.of(cidr, "CidrIp", KEY, Value::asString);
    assertThat(source.isKnown()).isFalse();
    assertThat(source.witnesses()).singleElement().satisfies(witness -> {
      assertThat(witness.value()).contains("0.0.0.0/0");
      assertThat(witness.condition()).isEqualTo("condition `Open` is true");
    });
  }

  @Test
  void internetCidrsInBothFamilies() {
    assertThat(Cidrs.isInternet("0.0.0.0/0")).isTrue();
    assertThat(Cidrs.isInternet("::/0")).isTrue();
    assertThat(Cidrs.isInternet("0:0:0:0:0:0:0:0/0")).isTrue();
    assertThat(Cidrs.isInternet("10.0.0.0/8")).isFalse();
    assertThat(Cidrs.isInternet("0.0.0.0/1")).isFalse();
    assertThat(Cidrs.isInternet("0.0.0.0")).isFalse();
    assertThat(Cidrs.isInternet("1.2.3.4/0")).isTrue();
    assertThat(Cidrs.isInternet("/0")).isFalse();
    assertThat(Cidrs.isInternet("Internet")).isTrue();
    assertThat(Cidrs.isInternet("*")).isTrue();
  }

  @Test
  void protocolsParseNamesAndNumbers() {
    assertThat(Protocol.parse("-1")).isEqualTo(Protocol.ALL);
    assertThat(Protocol.parse("TCP")).isEqualTo(Protocol.TCP);
    assertThat(Protocol.parse("6")).isEqualTo(Protocol.TCP);
    assertThat(Protocol.parse("17")).isEqualTo(Protocol.UDP);
    assertThat(Protocol.parse("gre")).isEqualTo(Protocol.OTHER);
    assertThat(Protocol.ALL.covers(Protocol.UDP)).isTrue();
    assertThat(Protocol.TCP.covers(Protocol.UDP)).isFalse();
  }

  @Test
  void portRanges() {
    assertThat(PortRange.ALL.isAll()).isTrue();
    assertThat(new PortRange(1, 65535).isAll()).isTrue();
    assertThat(new PortRange(2, 65535).isAll()).isFalse();
    assertThat(new PortRange(20, 25).contains(22)).isTrue();
    assertThat(new PortRange(20, 25)).hasToString("ports 20-25");
    assertThat(new PortRange(22, 22)).hasToString("port 22");
  }

  @Test
  void aReadingDecidesEachBranchOfAChoiceAndLeavesTheRestUnknown() {
    Value choice = new UnknownValue("!If [Verbose, INFO, OFF]", VALUE, List.of(), List.of(
        new UnknownValue.Alternative("condition `Verbose` is true", new StringValue("INFO", VALUE)),
        new UnknownValue.Alternative("condition `Verbose` is false", new StringValue("OFF", VALUE))));
    Fact fact = Fact.of(choice, "LoggingLevel", KEY, value -> value.asString().flatMap(ApiStage::logs));
    assertThat(fact.isUnknown()).isTrue();
    assertThat(fact.when(false)).hasValueSatisfying(branch ->
        assertThat(branch.condition()).isEqualTo("condition `Verbose` is false"));
    assertThat(Fact.of(new StringValue("TRACE", VALUE), "LoggingLevel", KEY,
        value -> value.asString().flatMap(ApiStage::logs)).isUnknown()).isTrue();
  }

  @Test
  void anyPrefersATrueFactThenAnUnknownOneThenTheFirst() {
    Fact off = Fact.known(false, "cloudwatch", KEY, List.of());
    Fact unknown = Fact.unknown("firehose", KEY, List.of());
    Fact on = Fact.known(true, "s3", KEY, List.of());
    assertThat(Fact.any(List.of(off, unknown, on))).isSameAs(on);
    assertThat(Fact.any(List.of(off, unknown))).isSameAs(unknown);
    assertThat(Fact.any(List.of(off, Fact.known(false, "s3", KEY, List.of())))).isSameAs(off);
  }

  @Test
  void anyWrittenPointsAtTheFirstSettingWrittenOutWhenNoneHolds() {
    Fact byDefault = Fact.byDefault(false, "cloudwatch", HEADER);
    Fact written = Fact.known(false, "s3", KEY, List.of());
    Fact on = Fact.known(true, "firehose", KEY, List.of());
    assertThat(Fact.anyWritten(List.of(byDefault, written))).isSameAs(written);
    assertThat(Fact.anyWritten(List.of(byDefault, written, on))).isSameAs(on);
    assertThat(Fact.anyWritten(List.of(byDefault, Fact.byDefault(false, "s3", HEADER)))).isSameAs(byDefault);
  }

  @Test
  void aSettingNamesSomethingUnlessMissingNullOrEmpty() {
    Fact missing = Fact.names(MapValue.of(List.of(), HEADER), "publicly_accessible", HEADER);
    assertThat(missing.isFalse() && missing.byDefault()).isTrue();
    assertThat(Fact.names(attributes(new NullValue(VALUE)), "publicly_accessible", HEADER).byDefault()).isTrue();
    MapValue blank = attributes(new StringValue(" ", VALUE));
    Fact empty = Fact.names(blank, "publicly_accessible", HEADER);
    assertThat(empty.isFalse() && !empty.byDefault()).isTrue();
    assertThat(empty.range()).isEqualTo(blank.entry("publicly_accessible").orElseThrow().range());
    assertThat(Fact.names(attributes(new StringValue("arn:aws:logs:x", VALUE)), "publicly_accessible", HEADER)
        .isTrue()).isTrue();
    assertThat(Fact.names(attributes(new UnknownValue("aws_cloudwatch_log_group.x.arn", VALUE)),
        "publicly_accessible", HEADER).isTrue()).isTrue();
  }
}
