package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SarifLocationsTest {
  @Test
  void namesAResourceByItsLastAddressSegment() {
    assertThat(SarifLocations.resource("module.db.aws_db_instance.this").name()).isEqualTo("this");
    assertThat(SarifLocations.resource("aws_s3_bucket.b[\"x.y\"]").name()).isEqualTo("b[\"x.y\"]");
    assertThat(SarifLocations.resource("site.yml#play[0].tasks[3]").name()).isEqualTo("tasks[3]");
    assertThat(SarifLocations.resource("MyDatabase").name()).isEqualTo("MyDatabase");
  }

  @Test
  void keepsTheWholeAddressAsTheQualifiedName() {
    Sarif.LogicalLocation location = SarifLocations.resource("module.db.aws_db_instance.this");

    assertThat(location.fullyQualifiedName()).isEqualTo("module.db.aws_db_instance.this");
    assertThat(location.kind()).isEqualTo("resource");
  }
}
