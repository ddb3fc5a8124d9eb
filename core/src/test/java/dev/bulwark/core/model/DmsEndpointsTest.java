package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DmsEndpointsTest {
  private static final Range HEADER = Range.ofLine("dms.tf", 1, 1, 30);
  private static final Range AT = Range.ofLine("dms.tf", 3, 3, 30);
  private static final Resource ENDPOINT = new Resource(new ResourceId(".", "aws_dms_endpoint.e"), "terraform",
      ResourceKind.MANAGED, "aws_dms_endpoint", HEADER, MapValue.of(List.of(), HEADER));

  private static Optional<MapEntry> entry(String key, Value value) {
    return Optional.of(new MapEntry(key, AT, value));
  }

  private static List<CloudModel> traffic(Value engine, Optional<MapEntry> sslMode) {
    return DmsEndpoints.traffic(ENDPOINT, entry("engine_name", engine), sslMode, "ssl_mode", HEADER);
  }

  private static Fact encrypted(List<CloudModel> models) {
    assertThat(models).singleElement().isInstanceOf(TrafficEncryption.class);
    return ((TrafficEncryption) models.get(0)).encryptedInTransit();
  }

  @Test
  void aDatabaseEngineWithoutAnSslModeConnectsInPlainTextByDefault() {
    Fact missing = encrypted(traffic(new StringValue("Aurora", AT), Optional.empty()));
    assertThat(missing.isFalse()).isTrue();
    assertThat(missing.byDefault()).isTrue();
    assertThat(missing.range()).isEqualTo(HEADER);
    assertThat(encrypted(traffic(new StringValue("postgres", AT), entry("ssl_mode", new NullValue(AT, List.of()))))
        .byDefault()).isTrue();
  }

  @Test
  void theSslModeDecidesForADatabaseEngine() {
    assertThat(encrypted(traffic(new StringValue("mysql", AT), entry("ssl_mode", new StringValue("none", AT))))
        .isFalse()).isTrue();
    assertThat(encrypted(traffic(new StringValue("mysql", AT),
        entry("ssl_mode", new StringValue("verify-full", AT)))).isTrue()).isTrue();
    assertThat(encrypted(traffic(new StringValue("mysql", AT), entry("ssl_mode", new StringValue("sometimes", AT))))
        .isUnknown()).isTrue();
  }

  @Test
  void otherEnginesAreNotAssessedAndAnUnknownEngineIsUnknown() {
    assertThat(traffic(new StringValue("s3", AT), Optional.empty())).isEmpty();
    assertThat(encrypted(traffic(new UnknownValue("var.engine", AT, List.of()), Optional.empty())).isUnknown())
        .isTrue();
  }

  @Test
  void everyEndpointsSettingsAreAStoreWithTheirKeyWhateverTheEngine() {
    Fact key = Fact.byDefault(false, "kms_key_arn", HEADER);
    List<CloudModel> models = DmsEndpoints.models(ENDPOINT, entry("engine_name", new StringValue("s3", AT)),
        Optional.empty(), "ssl_mode", HEADER, key);
    assertThat(models).singleElement().isInstanceOfSatisfying(DataStore.class,
        store -> assertThat(store.customerManagedKey()).isEqualTo(key));
    assertThat(DmsEndpoints.models(ENDPOINT, entry("engine_name", new StringValue("mysql", AT)), Optional.empty(),
        "ssl_mode", HEADER, key)).hasSize(2);
  }
}
