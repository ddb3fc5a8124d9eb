package dev.bulwark.core.report;

import dev.bulwark.core.BulwarkVersion;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.Category;
import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ScannedFile;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String json(ScanResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(result, "1.2.3", out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode tree(ScanResult result) throws IOException {
    return MAPPER.readTree(json(result));
  }

  @Test
  void writesTheToolBaseDirectoryAndSummary() throws IOException {
    JsonNode report = tree(Samples.result());

    assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(report.at("/tool/name").asText()).isEqualTo("Bulwark");
    assertThat(report.at("/tool/version").asText()).isEqualTo("1.2.3");
    assertThat(report.get("baseDirectory").asText()).isEqualTo(Samples.BASE.toString());
    JsonNode summary = report.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(4);
    assertThat(summary.get("resources").asInt()).isEqualTo(7);
    assertThat(summary.get("references").asInt()).isEqualTo(3);
    assertThat(summary.at("/findings/total").asInt()).isEqualTo(3);
    assertThat(summary.at("/findings/critical").asInt()).isZero();
    assertThat(summary.at("/findings/high").asInt()).isEqualTo(1);
    assertThat(summary.at("/findings/medium").asInt()).isEqualTo(1);
    assertThat(summary.at("/findings/low").asInt()).isEqualTo(1);
    assertThat(summary.at("/diagnostics/total").asInt()).isEqualTo(3);
    assertThat(summary.at("/diagnostics/error").asInt()).isEqualTo(1);
    assertThat(summary.at("/diagnostics/warning").asInt()).isEqualTo(1);
    assertThat(summary.at("/diagnostics/note").asInt()).isEqualTo(1);
  }

  @Test
  void writesFindingsWithTheirRelatedLocations() throws IOException {
    JsonNode finding = tree(Samples.result()).at("/findings/0");

    assertThat(finding.get("ruleId").asText()).isEqualTo("BW101");
    assertThat(finding.get("ruleName").asText()).isEqualTo("db-instance-publicly-accessible");
    assertThat(finding.get("severity").asText()).isEqualTo("high");
    assertThat(finding.get("category").asText()).isEqualTo("public-database");
    assertThat(finding.get("message").asText()).isEqualTo(Samples.publicDatabase().message());
    assertThat(finding.get("file").asText()).isEqualTo("main.tf");
    assertThat(finding.get("startLine").asInt()).isEqualTo(3);
    assertThat(finding.get("startColumn").asInt()).isEqualTo(3);
    assertThat(finding.get("endLine").asInt()).isEqualTo(3);
    assertThat(finding.get("endColumn").asInt()).isEqualTo(29);
    assertThat(finding.get("resourceType").asText()).isEqualTo("aws_db_instance");
    assertThat(finding.get("resourceAddress").asText()).isEqualTo("aws_db_instance.main");
    assertThat(finding.get("attribute").asText()).isEqualTo("publicly_accessible");
    assertThat(finding.get("fingerprint").asText()).isEqualTo("0123456789abcdef0123456789abcdef");
    JsonNode related = finding.at("/related/0");
    assertThat(related.get("file").asText()).isEqualTo("variables.tf");
    assertThat(related.get("line").asInt()).isEqualTo(2);
    assertThat(related.get("column").asInt()).isEqualTo(13);
    assertThat(related.get("endLine").asInt()).isEqualTo(2);
    assertThat(related.get("endColumn").asInt()).isEqualTo(17);
    assertThat(related.get("message").asText()).isEqualTo("variable default");
  }

  @Test
  void keepsPathsAsTheyAreAndEmptyFieldsPresent() throws IOException {
    JsonNode finding = tree(Samples.result()).at("/findings/2");

    assertThat(finding.get("file").asText()).isEqualTo("my dir/s3 bucket.tf");
    assertThat(finding.get("endLine").asInt()).isEqualTo(4);
    assertThat(finding.get("attribute").asText()).isEmpty();
    assertThat(finding.get("related")).isEmpty();
  }

  @Test
  void leavesOutTheNameOfARuleThatDidNotRun() throws IOException {
    Finding unknown = new Finding("BW999", Severity.LOW, Category.LOGGING_DISABLED, "m",
        Range.ofLine("main.tf", 1, 1, 2), "t", "a", "", List.of(), "f", new Excerpt(1, List.of()));

    assertThat(tree(Samples.with(List.of(unknown))).at("/findings/0").has("ruleName")).isFalse();
  }

  @Test
  void writesDiagnosticsWithAndWithoutRange() throws IOException {
    JsonNode diagnostics = tree(Samples.result()).get("diagnostics");

    assertThat(diagnostics.at("/0/level").asText()).isEqualTo("error");
    assertThat(diagnostics.at("/0/code").asText()).isEqualTo("parse-error");
    assertThat(diagnostics.at("/0/message").asText()).isEqualTo("unexpected `}`");
    assertThat(diagnostics.at("/0/file").asText()).isEqualTo("broken.tf");
    assertThat(diagnostics.at("/0/range/startLine").asInt()).isEqualTo(4);
    assertThat(diagnostics.at("/0/range/startColumn").asInt()).isEqualTo(7);
    assertThat(diagnostics.at("/0/range/endLine").asInt()).isEqualTo(4);
    assertThat(diagnostics.at("/0/range/endColumn").asInt()).isEqualTo(8);
    assertThat(diagnostics.at("/1/level").asText()).isEqualTo("warning");
    assertThat(diagnostics.get(1).has("range")).isFalse();
    assertThat(diagnostics.at("/2/file").asText()).isEmpty();
  }

  @Test
  void writesFilesAndRules() throws IOException {
    JsonNode report = tree(Samples.result());

    assertThat(report.at("/files/2/path").asText()).isEqualTo("my dir/s3 bucket.tf");
    assertThat(report.at("/files/2/format").asText()).isEqualTo("terraform");
    assertThat(report.at("/files/2/bytes").asLong()).isEqualTo(64);
    JsonNode rule = report.at("/rules/1");
    assertThat(rule.get("id").asText()).isEqualTo("BW301");
    assertThat(rule.get("name").asText()).isEqualTo("volume-unencrypted");
    assertThat(rule.get("title").asText()).isEqualTo("Block volume is not encrypted");
    assertThat(rule.get("severity").asText()).isEqualTo("medium");
    assertThat(rule.get("category").asText()).isEqualTo("unencrypted-storage");
  }

  @Test
  void writesTheDocumentedLayoutExactly() throws IOException {
    Finding finding = new Finding("BW101", Severity.HIGH, Category.PUBLIC_DATABASE, "Public.",
        Range.ofLine("db.tf", 2, 3, 29), "aws_db_instance", "aws_db_instance.db", "publicly_accessible",
        List.of(new RelatedLocation(Range.ofLine("vars.tf", 5, 13, 17), "variable default")), "abc",
        new Excerpt(2, List.of("  publicly_accessible = true")));
    Finding accepted = new Finding("BW101", Severity.HIGH, Category.PUBLIC_DATABASE, "Public.",
        Range.ofLine("db.tf", 9, 3, 29), "aws_db_instance", "aws_db_instance.replica", "publicly_accessible",
        List.of(), "def", new Excerpt(9, List.of("  publicly_accessible = true")));
    SuppressedFinding suppressed = new SuppressedFinding(accepted, new Suppression.InSource(
        Range.ofLine("db.tf", 8, 1, 44), "bulwark:ignore BW101", "read-only replica"));
    ScanResult result = new ScanResult(Path.of("/src"), List.of(finding), List.of(suppressed), List.of(),
        List.of(new ScannedFile("db.tf", "terraform", 120)), List.of(Samples.PUBLIC_DB), 2, 0, Samples.TIMINGS);

    assertThat(json(result)).isEqualTo("""
        {
          "formatVersion": 1,
          "tool": {
            "name": "Bulwark",
            "version": "1.2.3"
          },
          "baseDirectory": "%s",
          "summary": {
            "files": 1,
            "resources": 2,
            "references": 0,
            "findings": {
              "total": 1,
              "critical": 0,
              "high": 1,
              "medium": 0,
              "low": 0
            },
            "suppressed": 1,
            "diagnostics": {
              "total": 0,
              "error": 0,
              "warning": 0,
              "note": 0
            }
          },
          "findings": [
            {
              "ruleId": "BW101",
              "ruleName": "db-instance-publicly-accessible",
              "severity": "high",
              "category": "public-database",
              "message": "Public.",
              "file": "db.tf",
              "startLine": 2,
              "startColumn": 3,
              "endLine": 2,
              "endColumn": 29,
              "resourceType": "aws_db_instance",
              "resourceAddress": "aws_db_instance.db",
              "attribute": "publicly_accessible",
              "fingerprint": "abc",
              "related": [
                {
                  "file": "vars.tf",
                  "line": 5,
                  "column": 13,
                  "endLine": 5,
                  "endColumn": 17,
                  "message": "variable default"
                }
              ]
            }
          ],
          "suppressed": [
            {
              "finding": {
                "ruleId": "BW101",
                "ruleName": "db-instance-publicly-accessible",
                "severity": "high",
                "category": "public-database",
                "message": "Public.",
                "file": "db.tf",
                "startLine": 9,
                "startColumn": 3,
                "endLine": 9,
                "endColumn": 29,
                "resourceType": "aws_db_instance",
                "resourceAddress": "aws_db_instance.replica",
                "attribute": "publicly_accessible",
                "fingerprint": "def",
                "related": []
              },
              "suppression": {
                "kind": "inSource",
                "directive": "bulwark:ignore BW101",
                "justification": "read-only replica",
                "file": "db.tf",
                "range": {
                  "startLine": 8,
                  "startColumn": 1,
                  "endLine": 8,
                  "endColumn": 44
                }
              }
            }
          ],
          "diagnostics": [],
          "files": [
            {
              "path": "db.tf",
              "format": "terraform",
              "bytes": 120
            }
          ],
          "rules": [
            {
              "id": "BW101",
              "name": "db-instance-publicly-accessible",
              "title": "Database instance is publicly accessible",
              "severity": "high",
              "category": "public-database"
            }
          ]
        }
        """.formatted(MAPPER.writeValueAsString(Path.of("/src").toString()).replace("\"", "")));
  }

  @Test
  void writesTheSameBytesForTheSameResultAndDefaultsToTheBulwarkVersion() throws IOException {
    assertThat(json(Samples.result())).isEqualTo(json(Samples.result()));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(Samples.result(), out);
    assertThat(MAPPER.readTree(out.toByteArray()).at("/tool/version").asText()).isEqualTo(BulwarkVersion.current());
  }
}
