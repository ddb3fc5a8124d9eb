package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DocumentDB and Neptune write audit events only when their cluster parameter group turns auditing on. */
class ClusterAuditTest {
  private static final Range AT = Range.ofLine("main.tf", 3, 3, 40);
  private static final Range HEADER = Range.ofLine("main.tf", 1, 1, 30);

  private static Optional<Boolean> documentDb(String setting) {
    return ClusterAudit.on(ClusterAudit.DOCUMENTDB, new StringValue(setting, AT));
  }

  @Test
  void documentDbReadsItsAuditSettingsAndTheirLists() {
    assertThat(documentDb("enabled")).contains(true);
    assertThat(documentDb("ddl, dml_write")).contains(true);
    assertThat(documentDb("none,dml_read")).contains(true);
    assertThat(documentDb("Disabled")).contains(false);
    assertThat(documentDb("none")).contains(false);
    assertThat(documentDb("sometimes")).isEmpty();
  }

  @Test
  void neptuneReadsOneOrZero() {
    assertThat(ClusterAudit.on(ClusterAudit.NEPTUNE, new NumberValue(BigDecimal.ONE, AT))).contains(true);
    assertThat(ClusterAudit.on(ClusterAudit.NEPTUNE, new StringValue("0", AT))).contains(false);
    assertThat(ClusterAudit.on(ClusterAudit.NEPTUNE, new StringValue("yes", AT))).isEmpty();
  }

  @Test
  void aClusterWithoutAGroupOrWithADefaultGroupIsNotAudited() {
    Fact none = ParameterGroups.notAtHand(Optional.empty(), "db_cluster_parameter_group_name", HEADER);
    assertThat(none.isFalse()).isTrue();
    assertThat(none.byDefault()).isTrue();
    assertThat(none.range()).isEqualTo(HEADER);
    Fact defaultGroup = ParameterGroups.notAtHand(Optional.of(new MapEntry("db_cluster_parameter_group_name", AT,
        new StringValue("default.docdb5.0", AT))), "db_cluster_parameter_group_name", HEADER);
    assertThat(defaultGroup.isFalse()).isTrue();
    assertThat(defaultGroup.range()).isEqualTo(AT);
    assertThat(ParameterGroups.notAtHand(Optional.of(new MapEntry("g", AT, new StringValue("platform-audit", AT))), "g",
        HEADER).isUnknown()).isTrue();
    assertThat(ParameterGroups.notAtHand(Optional.of(new MapEntry("g", AT,
        new UnknownValue("var.group", AT, List.of(), List.of()))), "g", HEADER).isUnknown()).isTrue();
  }
}
