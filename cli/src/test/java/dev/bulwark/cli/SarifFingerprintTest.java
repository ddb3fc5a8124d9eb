package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF fingerprints survive edits above a finding, so code-scanning UIs keep tracking the same alert. */
class SarifFingerprintTest {
  @TempDir
  Path folder;

  private static final String DATABASE = """
      resource "aws_db_instance" "orders" {
        engine              = "postgres"
        publicly_accessible = true
        storage_encrypted   = false
        enabled_cloudwatch_logs_exports = ["postgresql"]
      }
      """;

  private Map<String, String> fingerprints() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        "scan", folder.toString(), "--format", "sarif");
    Map<String, String> byRuleAndLine = new LinkedHashMap<>();
    for (JsonNode result : new ObjectMapper().readTree(out.toByteArray()).at("/runs/0/results")) {
      byRuleAndLine.put(result.get("ruleId").asText() + "@"
              + result.at("/locations/0/physicalLocation/region/startLine").asInt(),
          result.at("/partialFingerprints/bulwarkFingerprint~1v1").asText());
    }
    return byRuleAndLine;
  }

  @Test
  void editingLinesAboveAFindingKeepsItsFingerprint() throws IOException {
    Files.writeString(folder.resolve("db.tf"), DATABASE);
    Map<String, String> before = fingerprints();
    assertThat(before).containsOnlyKeys("BW101@3", "BW301@4");

    Files.writeString(folder.resolve("db.tf"), """
        # The orders service's database.
        # Reviewed: nobody.

        variable "unused" {}

        """ + DATABASE);
    Map<String, String> after = fingerprints();
    assertThat(after).containsOnlyKeys("BW101@8", "BW301@9");
    assertThat(after.get("BW101@8")).isEqualTo(before.get("BW101@3"));
    assertThat(after.get("BW301@9")).isEqualTo(before.get("BW301@4"));
    assertThat(before.get("BW101@3")).isNotEqualTo(before.get("BW301@4"));
  }
}
