package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An ingress Google Cloud firewall that names no source admits the whole internet. */
class GoogleFirewallSourcesTest {
  private static final Range HEADER = Range.ofLine("main.tf", 1, 1, 40);
  private static final Range AT = Range.ofLine("main.tf", 3, 3, 20);
  private static final List<Located<String>> DECLARED =
      List.of(Located.known("10.0.0.0/8", "source_ranges[0]", AT, List.of()));

  private static MapValue firewall(String key, Value value) {
    return MapValue.of(List.of(new MapEntry(key, AT, value)), HEADER);
  }

  @Test
  void noSourceAtAllIsTheWholeInternetAtTheHeader() {
    for (MapValue firewall : List.of(MapValue.of(List.of(), HEADER), firewall("source_ranges", new NullValue(AT)),
        firewall("source_tags", new ListValue(List.of(), AT)))) {
      List<Located<String>> sources = GoogleFirewallSources.ingress(firewall, List.of(), HEADER);
      assertThat(sources).singleElement().satisfies(source -> {
        assertThat(source.value()).contains("0.0.0.0/0");
        assertThat(source.byDefault()).isTrue();
        assertThat(source.range()).isEqualTo(HEADER);
        assertThat(source.attribute()).isEqualTo("source_ranges");
      });
    }
  }

  @Test
  void anyNamedOrUnknownSourceKeepsTheDeclaredOnes() {
    for (MapValue firewall : List.of(firewall("source_tags", new ListValue(List.of(new StringValue("vm", AT)), AT)),
        firewall("source_service_accounts", new UnknownValue("var.accounts", AT)),
        firewall("source_ranges", new ListValue(List.of(new StringValue("10.0.0.0/8", AT)), AT)))) {
      assertThat(GoogleFirewallSources.ingress(firewall, DECLARED, HEADER)).isEqualTo(DECLARED);
    }
  }
}
