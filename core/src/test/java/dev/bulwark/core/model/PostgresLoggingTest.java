package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PostgreSQL logging parameters: read as PostgreSQL reads booleans, with Cloud SQL's defaults for missing flags. */
class PostgresLoggingTest {
  private static final Range HEADER = Range.ofLine("main.tf", 1, 1, 40);
  private static final Range SETTINGS = Range.ofLine("main.tf", 5, 3, 12);
  private static final Range AT = Range.ofLine("main.tf", 8, 7, 20);
  private static final Resource INSTANCE = new Resource(new ResourceId(".", "google_sql_database_instance.db"),
      "terraform", ResourceKind.MANAGED, "google_sql_database_instance", HEADER, HEADER,
      new MapValue(Map.of(), HEADER));
  private static final Optional<String> POSTGRES = Optional.of("POSTGRES_15");

  private static Value flag(String name, Value value) {
    return MapValue.of(List.of(new MapEntry("name", AT, new StringValue(name, AT)),
        new MapEntry("value", AT, value)), AT);
  }

  private static Fact read(Value value) {
    return PostgresLogging.set(INSTANCE, "LOG_CONNECTIONS", value, AT).enabled();
  }

  @Test
  void readsBooleansAsPostgresDoes() {
    for (String on : List.of("on", "ON", "true", "Yes", "1")) {
      assertThat(read(new StringValue(on, AT)).isTrue()).as(on).isTrue();
    }
    for (String off : List.of("off", "Off", "FALSE", "no", "0")) {
      assertThat(read(new StringValue(off, AT)).isFalse()).as(off).isTrue();
    }
    assertThat(read(new BoolValue(false, AT)).isFalse()).isTrue();
    assertThat(read(new NumberValue(BigDecimal.ONE, AT)).isTrue()).isTrue();
    assertThat(read(new StringValue("maybe", AT)).isUnknown()).isTrue();
    assertThat(read(new UnknownValue("var.flag", AT)).isUnknown()).isTrue();
    assertThat(read(new StringValue("off", AT)).attribute()).isEqualTo("log_connections");
  }

  @Test
  void cloudSqlChecksSetFlagsAndDefaultsConnectionAndAuditLoggingToOff() {
    List<DatabaseLogParameter> none = PostgresLogging.cloudSql(INSTANCE, POSTGRES, List.of(), true, SETTINGS);
    assertThat(none).extracting(parameter -> parameter.enabled().attribute())
        .containsExactly("log_connections", "log_disconnections", "cloudsql.enable_pgaudit");
    assertThat(none).allSatisfy(parameter -> {
      assertThat(parameter.enabled().isFalse()).isTrue();
      assertThat(parameter.enabled().byDefault()).isTrue();
      assertThat(parameter.enabled().range()).isEqualTo(SETTINGS);
    });

    List<DatabaseLogParameter> set = PostgresLogging.cloudSql(INSTANCE, POSTGRES,
        List.of(flag("log_connections", new StringValue("on", AT)), flag("log_checkpoints", new StringValue("off",
            AT)), flag("work_mem", new StringValue("0", AT))), true, SETTINGS);
    assertThat(set).extracting(parameter -> parameter.enabled().attribute() + "=" + parameter.enabled().truth())
        .containsExactly("log_connections=TRUE", "log_checkpoints=FALSE", "log_disconnections=FALSE",
            "cloudsql.enable_pgaudit=FALSE");
  }

  @Test
  void missingFlagsAreUnknownWhenTheListOrTheEngineIs() {
    Value unnamed = new UnknownValue("dynamic", AT);
    assertThat(PostgresLogging.cloudSql(INSTANCE, POSTGRES, List.of(unnamed), true, SETTINGS)).isEmpty();
    assertThat(PostgresLogging.cloudSql(INSTANCE, POSTGRES, List.of(), false, SETTINGS)).isEmpty();
    assertThat(PostgresLogging.cloudSql(INSTANCE, Optional.empty(),
        List.of(flag("log_disconnections", new StringValue("off", AT))), true, SETTINGS))
        .extracting(parameter -> parameter.enabled().attribute()).containsExactly("log_disconnections");
    assertThat(PostgresLogging.cloudSql(INSTANCE, Optional.of("MYSQL_8_0"),
        List.of(flag("log_connections", new StringValue("off", AT))), true, SETTINGS)).isEmpty();
  }

  @Test
  void anRdsParameterGroupReportsTheLoggingParametersItSetsWhenItsFamilyIsPostgres() {
    Map<String, MapEntry> settings = Map.of(
        "log_connections", new MapEntry("log_connections", AT, new NumberValue(BigDecimal.ZERO, AT)),
        "max_connections", new MapEntry("max_connections", AT, new NumberValue(BigDecimal.TEN, AT)));
    List<DatabaseLogParameter> postgres = PostgresLogging.rdsParameterGroup(INSTANCE,
        Optional.of(new StringValue("aurora-postgresql16", AT)), settings);
    assertThat(postgres).singleElement().satisfies(parameter -> {
      assertThat(parameter.enabled().attribute()).isEqualTo("log_connections");
      assertThat(parameter.enabled().isFalse()).isTrue();
    });
    assertThat(PostgresLogging.rdsParameterGroup(INSTANCE, Optional.empty(), settings)).hasSize(1);
    assertThat(PostgresLogging.rdsParameterGroup(INSTANCE, Optional.of(new StringValue("mysql8.0", AT)), settings))
        .isEmpty();
  }
}
