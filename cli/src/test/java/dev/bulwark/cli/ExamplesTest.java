package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first command: scanning the bundled examples gives the advertised findings and a complete SARIF log. */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  private JsonNode sarif() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Main.run(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        "scan", EXAMPLES.toString(), "--format", "sarif");
    assertThat(exit).isEqualTo(1);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  void theExamplesHaveOneFindingOfEveryRuleAtTheLineToChange() throws IOException {
    List<String> findings = new ArrayList<>();
    for (JsonNode result : sarif().at("/runs/0/results")) {
      JsonNode location = result.at("/locations/0/physicalLocation");
      findings.add(result.get("ruleId").asText() + " " + location.at("/artifactLocation/uri").asText() + ":"
          + location.at("/region/startLine").asInt());
    }
    assertThat(findings).containsExactly(
        "BW201 terraform/main.tf:26",
        "BW201 terraform/main.tf:27",
        "BW101 terraform/main.tf:45",
        "BW301 terraform/main.tf:46",
        "BW301 terraform/main.tf:51",
        "BW303 terraform/main.tf:56",
        "BW401 terraform/main.tf:60");
  }

  @Test
  void theSarifLogHasEveryFieldTheOutputContractLists() throws IOException {
    JsonNode run = sarif().at("/runs/0");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).startsWith("file:/").endsWith("/examples/");
    assertThat(run.at("/automationDetails/id").asText()).isNotEmpty();
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      assertThat(rule.fieldNames()).toIterable()
          .contains("id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration", "properties");
      assertThat(rule.at("/help/markdown").asText()).isNotEmpty();
      assertThat(rule.at("/properties/tags").toString()).contains("\"security\"");
      assertThat(rule.at("/properties/security-severity").asText()).matches("\\d+\\.\\d");
    }
    assertThat(run.at("/tool/driver/rules/0/properties/tags").toString()).contains("public-database");
    JsonNode result = run.at("/results/0");
    assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText())
        .isEqualTo(result.get("ruleId").asText());
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    JsonNode region = result.at("/locations/0/physicalLocation/region");
    assertThat(region.fieldNames()).toIterable().contains("startLine", "startColumn", "endLine", "endColumn", "snippet");
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("aws_security_group.web");
    assertThat(result.get("relatedLocations")).isNotEmpty();
    assertThat(result.at("/partialFingerprints").size()).isEqualTo(1);
  }
}
