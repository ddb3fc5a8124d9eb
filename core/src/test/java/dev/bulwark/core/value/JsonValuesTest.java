package dev.bulwark.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
  private static final Range AT = Range.ofLine("policy.json", 1, 1, 10);

  @Test
  void readsTypedLocatedValues() {
    MapValue map = JsonValues.parse("{\"a\": [1, 2.5, true, null, \"x\"]}", AT).orElseThrow().asMap().orElseThrow();
    ListValue items = (ListValue) map.get("a").orElseThrow();
    assertThat(items.items()).extracting(Value::getClass).containsExactly(NumberValue.class, NumberValue.class,
        BoolValue.class, NullValue.class, StringValue.class);
    assertThat(items.items().get(1).asNumber()).contains(new BigDecimal("2.5"));
    assertThat(items.range()).isEqualTo(AT);
  }

  @Test
  void aNumberBeyondADoubleIsReadExactlyAndTextThatIsNotJsonIsNothing() {
    assertThat(JsonValues.parse("{\"max\": 1e400}", AT).orElseThrow().asMap().orElseThrow().get("max")
        .flatMap(Value::asNumber)).contains(new BigDecimal("1e400"));
    assertThat(JsonValues.parse("{not json", AT)).isEmpty();
    assertThat(JsonValues.parse("", AT)).isEmpty();
  }
}
