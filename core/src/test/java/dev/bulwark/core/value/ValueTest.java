package dev.bulwark.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTest {
  private static final Range AT = Range.ofLine("a.tf", 1, 1, 5);

  @Test
  void unknownIsNeitherTrueNorFalse() {
    Value unknown = new UnknownValue("var.public", AT);
    assertThat(unknown.isTrue()).isFalse();
    assertThat(unknown.isFalse()).isFalse();
    assertThat(unknown.asBoolean()).isEmpty();
    assertThat(unknown.isKnown()).isFalse();
  }

  @Test
  void booleanStringsConvertAsTheFormatsDo() {
    assertThat(new StringValue("TRUE", AT).isTrue()).isTrue();
    assertThat(new StringValue(" false ", AT).isFalse()).isTrue();
    assertThat(new StringValue("yes", AT).asBoolean()).isEmpty();
    assertThat(new BoolValue(false, AT).isFalse()).isTrue();
  }

  @Test
  void scalarsConvertToStringAndNumber() {
    assertThat(new NumberValue(new BigDecimal("22"), AT).asString()).contains("22");
    assertThat(new StringValue("3389", AT).asNumber()).contains(new BigDecimal("3389"));
    assertThat(new StringValue("x", AT).asNumber()).isEmpty();
    assertThat(new BoolValue(true, AT).asString()).contains("true");
  }

  @Test
  void originPrefixPutsOuterHopsFirst() {
    RelatedLocation variable = new RelatedLocation(Range.ofLine("v.tf", 2, 1, 9), "variable");
    RelatedLocation attribute = new RelatedLocation(AT, "attribute");
    Value value = new BoolValue(true, AT).withOriginPrefix(List.of(variable)).withOriginPrefix(List.of(attribute));
    assertThat(value.origin()).containsExactly(attribute, variable);
  }

  @Test
  void mapEntryRangeSpansKeyAndValue() {
    MapEntry entry = new MapEntry("encrypted", Range.ofLine("a.tf", 4, 3, 12),
        new BoolValue(false, Range.ofLine("a.tf", 4, 15, 20)));
    MapValue map = new MapValue(Map.of("encrypted", entry), new Range("a.tf", 1, 1, 9, 2));
    assertThat(map.entry("encrypted").map(MapEntry::range)).contains(Range.ofLine("a.tf", 4, 3, 20));
    assertThat(map.get("missing")).isEmpty();
    assertThat(map.get("encrypted").map(Value::isFalse)).contains(true);
  }

  @Test
  void anEntryWhoseValueWasWrittenInAnotherFileIsEditedWhereTheValueIs() {
    Range callSite = Range.ofLine("main.tf", 7, 3, 29);
    MapEntry entry = new MapEntry("publicly_accessible", Range.ofLine("modules/db/main.tf", 4, 3, 22),
        new BoolValue(true, callSite));
    assertThat(entry.range()).isEqualTo(callSite);
  }

  @Test
  void mapOfKeepsTheLastEntryForARepeatedKey() {
    MapEntry first = new MapEntry("k", AT, new StringValue("a", AT));
    MapEntry second = new MapEntry("k", AT, new StringValue("b", AT));
    assertThat(MapValue.of(List.of(first, second), AT).get("k").flatMap(Value::asString)).contains("b");
  }
}
