package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.BulwarkVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MainTest {
  @TempDir
  Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void project() throws IOException {
    Files.createDirectories(folder.resolve("infra"));
    Files.writeString(folder.resolve("infra/db.tf"), """
        resource "aws_db_instance" "orders" {
          engine              = "postgres"
          publicly_accessible = true
          storage_encrypted   = true
          enabled_cloudwatch_logs_exports = ["postgresql"]
        }
        """);
  }

  private int run(String... args) {
    return Main.run(out, new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void versionPrintsTheBuildVersion() {
    assertThat(run("--version")).isZero();
    assertThat(stdout()).contains("bulwark " + BulwarkVersion.current());
  }

  @Test
  void helpListsTheSubcommands() {
    assertThat(run("--help")).isZero();
    assertThat(stdout()).contains("scan", "rules");
  }

  @Test
  void rulesListsEveryRuleWithSeverityAndCategory() {
    assertThat(run("rules")).isZero();
    assertThat(stdout()).contains("BW101", "BW201", "BW301", "BW401", "public-database", "high");
  }

  @Test
  void textScanPrintsPathLineAndColumnAndExitsOneOnFindings() {
    assertThat(run("scan", folder.toString(), "--no-color")).isEqualTo(1);
    assertThat(stdout()).contains("infra/db.tf:3:3:", "BW101", "publicly_accessible = true", "^^^^");
  }

  @Test
  void theThresholdDecidesTheExitCode() {
    assertThat(run("scan", folder.toString(), "--severity-threshold", "critical")).isZero();
    assertThat(run("scan", folder.toString(), "--severity-threshold", "HIGH")).isEqualTo(1);
  }

  @Test
  void sarifGoesToTheOutputFileWithRelativeUris() throws IOException {
    Path report = folder.resolve("out/bulwark.sarif");
    assertThat(run("scan", folder.resolve("infra").toString(), "--format", "sarif", "--output", report.toString()))
        .isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(report.toFile());
    JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("db.tf");
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(stdout()).isEmpty();
  }

  @Test
  void jsonReportsTheFindings() throws IOException {
    assertThat(run("scan", folder.toString(), "-f", "json")).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(stdout());
    assertThat(json.at("/findings/0/ruleId").asText()).isEqualTo("BW101");
    assertThat(json.at("/findings/0/file").asText()).isEqualTo("infra/db.tf");
  }

  @Test
  void aBaselineWrittenOnceLetsTheNextScanPassUntilANewFindingAppears() throws IOException {
    Path baseline = folder.resolve("bulwark-baseline.json");
    assertThat(run("scan", folder.resolve("infra").toString(), "--write-baseline", baseline.toString(), "-f",
        "json")).isEqualTo(1);
    JsonNode written = new ObjectMapper().readTree(baseline.toFile());
    assertThat(written.at("/findings/0/ruleId").asText()).isEqualTo("BW101");
    assertThat(written.at("/findings/0/file").asText()).isEqualTo("db.tf");

    out.reset();
    assertThat(run("scan", folder.resolve("infra").toString(), "--baseline", baseline.toString(), "--no-color"))
        .isZero();
    assertThat(stdout()).contains("No findings, 1 suppressed");

    Files.writeString(folder.resolve("infra/db.tf"), Files.readString(folder.resolve("infra/db.tf"))
        + "resource \"aws_db_instance\" \"new\" {\n  publicly_accessible = true\n}\n");
    assertThat(run("scan", folder.resolve("infra").toString(), "--baseline", baseline.toString())).isEqualTo(1);
  }

  @Test
  void aBaselineThatCannotBeReadIsAUsageError() throws IOException {
    Path baseline = Files.writeString(folder.resolve("baseline.json"), "{\"findings\": []}");
    assertThat(run("scan", folder.resolve("infra").toString(), "--baseline", baseline.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the baseline", "is not a Bulwark baseline");
    assertThat(run("scan", folder.resolve("infra").toString(), "--baseline", "nowhere.json")).isEqualTo(2);
  }

  @Test
  void suppressedFindingsGoToSarifOnlyWhenAsked() throws IOException {
    Files.writeString(folder.resolve("infra/db.tf"), Files.readString(folder.resolve("infra/db.tf"))
        .replace("publicly_accessible = true", "publicly_accessible = true # bulwark:ignore BW101 reporting"));
    assertThat(run("scan", folder.resolve("infra").toString(), "-f", "sarif")).isZero();
    assertThat(new ObjectMapper().readTree(stdout()).at("/runs/0/results")).isEmpty();

    out.reset();
    assertThat(run("scan", folder.resolve("infra").toString(), "-f", "sarif", "--sarif-suppressed")).isZero();
    JsonNode result = new ObjectMapper().readTree(stdout()).at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("BW101");
    assertThat(result.at("/suppressions/0/justification").asText()).isEqualTo("reporting");
  }

  @Test
  void junitReportsEachFindingAsAFailedTestCase() throws Exception {
    assertThat(run("scan", folder.toString(), "-f", "junit")).isEqualTo(1);
    Document report = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toByteArray()));
    Element failure = (Element) report.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("high");
    assertThat(((Element) failure.getParentNode()).getAttribute("classname")).isEqualTo("infra/db.tf");
  }

  @Test
  void aSettingsFileInTheScannedFolderIsReadAndTheOptionsOverrideIt() throws IOException {
    Files.writeString(folder.resolve(".bulwark.yaml"), "disable: [BW410]\nseverity-threshold: critical\n");
    assertThat(run("scan", folder.toString(), "-f", "json")).as("BW101 is high, under the file's threshold")
        .isZero();
    assertThat(new ObjectMapper().readTree(stdout()).at("/rules").findValuesAsText("id")).doesNotContain("BW410");

    assertThat(run("scan", folder.toString(), "--severity-threshold", "high")).isEqualTo(1);
    assertThat(run("scan", folder.toString(), "--no-config")).isEqualTo(1);
  }

  @Test
  void aSettingsFileCanBeNamedAndAMistakeInItIsAUsageError() throws IOException {
    Path settings = Files.writeString(folder.resolve("ci.yaml"), "severity-threshold: critical\n");
    assertThat(run("scan", folder.resolve("infra").toString(), "--config", settings.toString())).isZero();

    Files.writeString(settings, "disabel: [BW101]\n");
    assertThat(run("scan", folder.resolve("infra").toString(), "--config", settings.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown key `disabel`");
  }

  @Test
  void aCleanFolderExitsZero() throws IOException {
    Path clean = Files.createDirectories(folder.resolve("clean"));
    Files.writeString(clean.resolve("main.tf"), "variable \"x\" {}\n");
    assertThat(run("scan", clean.toString())).isZero();
  }

  @Test
  void ansibleExtraVarsComeFromPairsAndFromAtFiles() throws IOException {
    Files.writeString(folder.resolve("infra/site.yml"), """
        - hosts: all
          tasks:
            - amazon.aws.rds_instance:
                id: reports
                engine: mysql
                storage_encrypted: true
                publicly_accessible: "{{ expose | default(false) }}"
        """);
    Path extra = Files.writeString(folder.resolve("extra.yml"), "expose: true\n");
    assertThat(run("scan", folder.resolve("infra").toString())).isEqualTo(1);
    assertThat(stdout()).contains("db.tf:3:").doesNotContain("site.yml:7:");
    out.reset();
    assertThat(run("scan", folder.resolve("infra").toString(), "--ansible-extra-vars", "expose=yes")).isEqualTo(1);
    assertThat(stdout()).contains("site.yml:7:");
    out.reset();
    assertThat(run("scan", folder.resolve("infra").toString(), "--ansible-extra-vars", "@" + extra)).isEqualTo(1);
    assertThat(stdout()).contains("site.yml:7:", "extra.yml:1:1");
  }

  @Test
  void aMissingPathOrABadOptionIsAUsageError() {
    assertThat(run("scan", folder.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or folder");
    assertThat(run("scan", folder.toString(), "--format", "xml")).isEqualTo(2);
    assertThat(run("scan", folder.toString(), "--severity-threshold", "severe")).isEqualTo(2);
    assertThat(run("scan", folder.toString(), "--var-file", folder.resolve("missing.tfvars").toString()))
        .isEqualTo(2);
    assertThat(run("scan", folder.toString(), "--ansible-extra-vars", "no-equals-sign")).isEqualTo(2);
  }

  @Test
  void aMalformedFileIsReportedAndTheOtherFilesAreStillScanned() throws IOException {
    Files.writeString(folder.resolve("infra/broken.tf"), "resource \"aws_s3_bucket\" \"b\" {\n");
    assertThat(run("scan", folder.toString(), "--no-color")).isEqualTo(1);
    assertThat(stdout()).contains("infra/db.tf:3:3:", "infra/broken.tf", "parse-error");
  }

  @Test
  void rulesAndPathsCanBeChosen() {
    assertThat(run("scan", folder.toString(), "--disable", "BW101")).isZero();
    assertThat(run("scan", folder.toString(), "--enable", "BW101,BW301")).isEqualTo(1);
    assertThat(run("scan", folder.toString(), "--exclude", "infra/**")).isZero();
    assertThat(run("scan", folder.toString(), "--enable", "BW999")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown rule id(s): BW999");
  }

  @Test
  void optInRulesRunBesideTheDefaultOnesWhenNamed() throws IOException {
    Files.writeString(folder.resolve("infra/disk.tf"), """
        resource "aws_ebs_volume" "data" {
          availability_zone = "eu-west-1a"
          size              = 10
          encrypted         = true
        }
        """);
    assertThat(run("scan", folder.toString(), "--disable", "BW101")).isZero();
    assertThat(run("scan", folder.toString(), "--disable", "BW101", "--opt-in", "BW305", "--no-color")).isEqualTo(1);
    assertThat(stdout()).contains("BW305", "infra/disk.tf:1");
  }

  @Test
  void rulesCanBeFilteredByCategoryProviderAndFormat() {
    assertThat(run("rules", "--category", "public-database")).isZero();
    assertThat(stdout()).contains("BW101").doesNotContain("BW201", "BW301", "BW401");
    out.reset();
    assertThat(run("rules", "--format", "cloudformation", "--provider", "aws")).isZero();
    assertThat(stdout()).contains("BW101", "BW201", "BW301", "BW401");
    out.reset();
    assertThat(run("rules", "--provider", "nowhere")).isZero();
    assertThat(stdout()).isEmpty();
  }

  @Test
  void explainPrintsTheRuleWithItsExamples() {
    assertThat(run("explain", "bw101")).isZero();
    assertThat(stdout()).contains("# BW101: Database is reachable from the internet", "## How to fix",
        "publicly_accessible = true  # <- flagged", "public_rds.yaml", "CKV_AWS_17");
    assertThat(run("explain", "BW999")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no rule BW999");
  }
}
