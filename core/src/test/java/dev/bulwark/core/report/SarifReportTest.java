package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.Category;
import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SarifReport.Options OPTIONS = new SarifReport.Options("1.2.3", "bulwark/terraform/", false);

  private static byte[] bytes(ScanResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReport.write(result, OPTIONS, out);
    return out.toByteArray();
  }

  private static JsonNode run(ScanResult result) throws IOException {
    JsonNode log = MAPPER.readTree(bytes(result));
    assertThat(log.get("runs")).hasSize(1);
    return log.at("/runs/0");
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  @Test
  void declaresSchemaVersionAndOneRun() throws IOException {
    JsonNode log = MAPPER.readTree(bytes(Samples.result()));

    assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    assertThat(log.at("/runs/0/columnKind").asText()).isEqualTo("utf16CodeUnits");
  }

  @Test
  void describesTheDriver() throws IOException {
    JsonNode driver = run(Samples.result()).at("/tool/driver");

    assertThat(driver.get("name").asText()).isEqualTo("Bulwark");
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
    assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.get("semanticVersion").asText()).isEqualTo("1.2.3");
    assertThat(list(driver.get("rules"))).extracting(rule -> rule.get("id").asText())
        .containsExactly("BW101", "BW301", "BW401");
  }

  @Test
  void describesEachRule() throws IOException {
    JsonNode rule = run(Samples.result()).at("/tool/driver/rules/0");

    assertThat(rule.get("id").asText()).isEqualTo("BW101");
    assertThat(rule.get("name").asText()).isEqualTo("db-instance-publicly-accessible");
    assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("Database instance is publicly accessible");
    assertThat(rule.at("/fullDescription/text").asText())
        .isEqualTo("A publicly accessible database instance gets a public address. Anyone can then try to connect.");
    assertThat(rule.at("/help/text").asText()).isEqualTo("""
        A publicly accessible database instance gets a public address.
        Anyone can then try to connect.

        Keep databases in private subnets.

        Remediation:
        - CloudFormation: Set `PubliclyAccessible: false`.
        - Terraform: Set `publicly_accessible = false`.

        References:
        - https://docs.aws.amazon.com/rds
        - https://registry.terraform.io/db_instance

        Equivalent checks:
        - Checkov: CKV_AWS_17
        - KICS: 35113e6f-2c6b-414d-beec-7a9482d3b2d1
        - Trivy: AVD-AWS-0180""");
    assertThat(rule.at("/help/markdown").asText()).isEqualTo("""
        A publicly accessible database instance gets a public address.
        Anyone can then try to connect.

        Keep databases in private subnets.

        ## Remediation

        - **CloudFormation:** Set `PubliclyAccessible: false`.
        - **Terraform:** Set `publicly_accessible = false`.

        ## References

        - <https://docs.aws.amazon.com/rds>
        - <https://registry.terraform.io/db_instance>

        ## Equivalent checks

        - **Checkov:** `CKV_AWS_17`
        - **KICS:** `35113e6f-2c6b-414d-beec-7a9482d3b2d1`
        - **Trivy:** `AVD-AWS-0180`""");
    assertThat(rule.get("helpUri").asText()).isEqualTo("https://docs.aws.amazon.com/rds");
    assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(list(rule.at("/properties/tags"))).extracting(JsonNode::asText)
        .containsExactly("security", "public-database", "aws");
    assertThat(rule.at("/properties/security-severity").isTextual()).isTrue();
    assertThat(rule.at("/properties/security-severity").asText()).isEqualTo("8.0");
    assertThat(rule.at("/properties/precision").asText()).isEqualTo("high");
    assertThat(rule.at("/properties/problem.severity").asText()).isEqualTo("error");
  }

  @Test
  void mapsSeveritiesToLevels() throws IOException {
    JsonNode rules = run(Samples.result()).at("/tool/driver/rules");

    assertThat(list(rules)).extracting(rule -> rule.at("/defaultConfiguration/level").asText())
        .containsExactly("error", "warning", "note");
    assertThat(list(rules)).extracting(rule -> rule.at("/properties/security-severity").asText())
        .containsExactly("8.0", "5.5", "3.0");
    assertThat(list(rules)).extracting(rule -> rule.at("/properties/problem.severity").asText())
        .containsExactly("error", "warning", "recommendation");
    assertThat(SarifRules.level(Severity.CRITICAL)).isEqualTo("error");
  }

  @Test
  void ruleWithoutReferencesHasNoHelpUriAndListsAllProviders() throws IOException {
    JsonNode rule = run(Samples.result()).at("/tool/driver/rules/1");

    assertThat(rule.has("helpUri")).isFalse();
    assertThat(list(rule.at("/properties/tags"))).extracting(JsonNode::asText)
        .containsExactly("security", "unencrypted-storage", "aws", "gcp");
    assertThat(rule.at("/help/text").asText())
        .isEqualTo("Unencrypted volumes leak data.\n\nRemediation:\n- Terraform: Set `encrypted = true`.");
  }

  @Test
  void reportsAFindingAsAResult() throws IOException {
    JsonNode run = run(Samples.result());
    JsonNode result = run.at("/results/0");

    assertThat(result.get("ruleId").asText()).isEqualTo("BW101");
    assertThat(result.get("ruleIndex").asInt()).isZero();
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/message/text").asText()).isEqualTo(Samples.publicDatabase().message());
    assertThat(result.get("locations")).hasSize(1);
    JsonNode physical = result.at("/locations/0/physicalLocation");
    assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("main.tf");
    assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(physical.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(3);
    assertThat(physical.at("/region/endLine").asInt()).isEqualTo(3);
    assertThat(physical.at("/region/endColumn").asInt()).isEqualTo(29);
    assertThat(physical.at("/region/snippet/text").asText()).isEqualTo("publicly_accessible = true");
    assertThat(physical.at("/contextRegion/startLine").asInt()).isEqualTo(3);
    assertThat(physical.at("/contextRegion/endLine").asInt()).isEqualTo(3);
    assertThat(physical.at("/contextRegion/snippet/text").asText()).isEqualTo("  publicly_accessible = true");
    JsonNode logical = result.at("/locations/0/logicalLocations/0");
    assertThat(logical.get("fullyQualifiedName").asText()).isEqualTo("aws_db_instance.main");
    assertThat(logical.get("name").asText()).isEqualTo("main");
    assertThat(logical.get("kind").asText()).isEqualTo("resource");
    assertThat(result.at("/partialFingerprints/bulwarkFingerprint~1v1").asText())
        .isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(result.at("/properties/resourceType").asText()).isEqualTo("aws_db_instance");
    assertThat(result.at("/properties/category").asText()).isEqualTo("public-database");
    assertThat(result.at("/properties/severity").asText()).isEqualTo("high");
    assertThat(result.at("/properties/attribute").asText()).isEqualTo("publicly_accessible");
  }

  @Test
  void reportsRelatedLocationsWithIdsAndMessages() throws IOException {
    JsonNode related = run(Samples.result()).at("/results/0/relatedLocations");

    assertThat(related).hasSize(2);
    assertThat(related.at("/0/id").asInt()).isEqualTo(1);
    assertThat(related.at("/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("variables.tf");
    assertThat(related.at("/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(related.at("/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    assertThat(related.at("/0/physicalLocation/region/startColumn").asInt()).isEqualTo(13);
    assertThat(related.at("/0/physicalLocation/region/endLine").asInt()).isEqualTo(2);
    assertThat(related.at("/0/physicalLocation/region/endColumn").asInt()).isEqualTo(17);
    assertThat(related.at("/0/message/text").asText()).isEqualTo("variable default");
    assertThat(related.at("/1/id").asInt()).isEqualTo(2);
    assertThat(related.at("/1/message/text").asText()).isEqualTo("resource");
    assertThat(run(Samples.result()).at("/results/1").has("relatedLocations")).isFalse();
  }

  @Test
  void indexesEachResultsRuleInTheDriver() throws IOException {
    JsonNode run = run(Samples.result());

    for (JsonNode result : run.get("results")) {
      JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
    }
  }

  @Test
  void encodesPathsAndCutsMultiLineSnippets() throws IOException {
    JsonNode result = run(Samples.result()).at("/results/2");
    JsonNode physical = result.at("/locations/0/physicalLocation");

    assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("my%20dir/s3%20bucket.tf");
    assertThat(physical.at("/region/startLine").asInt()).isEqualTo(2);
    assertThat(physical.at("/region/endLine").asInt()).isEqualTo(4);
    assertThat(physical.at("/region/endColumn").asInt()).isEqualTo(4);
    assertThat(physical.at("/region/snippet/text").asText()).isEqualTo("encrypted = {\n    value = false\n  }");
    assertThat(physical.at("/contextRegion/snippet/text").asText())
        .isEqualTo("  encrypted = {\n    value = false\n  }");
    assertThat(result.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo("data[\"a.b\"]");
    assertThat(result.at("/properties").has("attribute")).isFalse();
  }

  @Test
  void keepsTabsInSnippets() throws IOException {
    JsonNode physical = run(Samples.result()).at("/results/1/locations/0/physicalLocation");

    assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(2);
    assertThat(physical.at("/region/snippet/text").asText()).isEqualTo("logging");
    assertThat(physical.at("/contextRegion/startLine").asInt()).isEqualTo(6);
    assertThat(physical.at("/contextRegion/endLine").asInt()).isEqualTo(8);
    assertThat(physical.at("/contextRegion/snippet/text").asText())
        .isEqualTo("resource \"aws_s3_bucket\" \"logs\" {\n" + Samples.TABBED_LINE + "\n}");
  }

  @Test
  void leavesOutTextTheExcerptDoesNotHold() throws IOException {
    Finding noExcerpt = finding("BW101", Severity.HIGH, Range.ofLine("main.tf", 3, 3, 29), List.of(),
        new Excerpt(1, List.of()));
    Finding wholeLine = finding("BW101", Severity.HIGH, Range.ofLine("main.tf", 3, 1, 5), List.of(),
        new Excerpt(3, List.of("abcd")));
    JsonNode results = run(Samples.with(List.of(noExcerpt, wholeLine))).get("results");

    assertThat(results.at("/0/locations/0/physicalLocation/region").has("snippet")).isFalse();
    assertThat(results.at("/0/locations/0/physicalLocation").has("contextRegion")).isFalse();
    assertThat(results.at("/1/locations/0/physicalLocation/region/snippet/text").asText()).isEqualTo("abcd");
    assertThat(results.at("/1/locations/0/physicalLocation").has("contextRegion")).isFalse();
  }

  @Test
  void leavesOutTheRuleIndexOfARuleThatDidNotRun() throws IOException {
    Finding unknown = finding("BW999", Severity.LOW, Range.ofLine("main.tf", 1, 1, 2), List.of(),
        new Excerpt(1, List.of()));
    JsonNode result = run(Samples.with(List.of(unknown))).at("/results/0");

    assertThat(result.get("ruleId").asText()).isEqualTo("BW999");
    assertThat(result.has("ruleIndex")).isFalse();
  }

  @Test
  void listsScannedFilesAsArtifactsWithConsistentIndexes() throws IOException {
    JsonNode run = run(Samples.result());

    assertThat(list(run.get("artifacts"))).extracting(artifact -> artifact.at("/location/uri").asText())
        .containsExactly("broken.tf", "main.tf", "my%20dir/s3%20bucket.tf", "variables.tf");
    assertThat(run.at("/artifacts/1/length").asLong()).isEqualTo(320);
    assertThat(run.at("/artifacts/1/location/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    List<JsonNode> locations = run.findValues("artifactLocation");
    assertThat(locations).hasSizeGreaterThan(5);
    for (JsonNode location : locations) {
      if (location.has("index")) {
        assertThat(run.at("/artifacts/" + location.get("index").asInt() + "/location/uri").asText())
            .isEqualTo(location.get("uri").asText());
      } else {
        assertThat(location.get("uri").asText()).isEqualTo("huge.tf");
      }
    }
  }

  @Test
  void givesTheBaseDirectoryAsTheOnlyAbsoluteUri() throws IOException {
    JsonNode run = run(Samples.result());
    String base = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();

    assertThat(base).isEqualTo(Samples.BASE.toUri() + "/").startsWith("file:///").endsWith("%20root/");
    assertThat(new String(bytes(Samples.result()), StandardCharsets.UTF_8))
        .containsOnlyOnce("file:").doesNotContain(Samples.BASE.toString());
  }

  @Test
  void namesTheAutomation() throws IOException {
    assertThat(run(Samples.result()).at("/automationDetails/id").asText()).isEqualTo("bulwark/terraform/");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReport.write(Samples.result(), out);
    JsonNode defaults = MAPPER.readTree(out.toByteArray()).at("/runs/0");
    assertThat(defaults.at("/automationDetails/id").asText()).isEqualTo("bulwark/");
    assertThat(defaults.at("/tool/driver/version").asText()).isNotBlank().doesNotContain("${");
  }

  @Test
  void reportsDiagnosticsAsNotificationsOfASuccessfulExecution() throws IOException {
    JsonNode invocation = run(Samples.result()).at("/invocations/0");

    assertThat(run(Samples.result()).get("invocations")).hasSize(1);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode notifications = invocation.get("toolExecutionNotifications");
    assertThat(notifications).hasSize(3);

    JsonNode parseError = notifications.get(0);
    assertThat(parseError.get("level").asText()).isEqualTo("error");
    assertThat(parseError.at("/message/text").asText()).isEqualTo("unexpected `}`");
    assertThat(parseError.at("/descriptor/id").asText()).isEqualTo("parse-error");
    JsonNode where = parseError.at("/locations/0/physicalLocation");
    assertThat(where.at("/artifactLocation/uri").asText()).isEqualTo("broken.tf");
    assertThat(where.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(where.at("/region/startLine").asInt()).isEqualTo(4);
    assertThat(where.at("/region/startColumn").asInt()).isEqualTo(7);
    assertThat(where.at("/region/endLine").asInt()).isEqualTo(4);
    assertThat(where.at("/region/endColumn").asInt()).isEqualTo(8);

    JsonNode skipped = notifications.get(1);
    assertThat(skipped.get("level").asText()).isEqualTo("warning");
    assertThat(skipped.at("/descriptor/id").asText()).isEqualTo("file-too-large");
    assertThat(skipped.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("huge.tf");
    assertThat(skipped.at("/locations/0/physicalLocation").has("region")).isFalse();

    JsonNode note = notifications.get(2);
    assertThat(note.get("level").asText()).isEqualTo("note");
    assertThat(note.has("locations")).isFalse();
  }

  @Test
  void writesTheSameBytesForTheSameResult() throws IOException {
    byte[] first = bytes(Samples.result());

    assertThat(bytes(Samples.result())).isEqualTo(first);
    assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void reportsAnEmptyScanWithAnEmptyResultsArray() throws IOException {
    JsonNode run = run(Samples.empty());

    assertThat(run.get("results").isArray()).isTrue();
    assertThat(run.get("results")).isEmpty();
    assertThat(run.at("/tool/driver/rules")).isEmpty();
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void keepsTheMostSevereResultsWithinGithubsLimit() throws IOException {
    List<Finding> findings = new ArrayList<>();
    findings.add(finding("BW401", Severity.LOW, Range.ofLine("main.tf", 1, 1, 2), List.of(),
        new Excerpt(1, List.of())));
    IntStream.rangeClosed(1, SarifResults.MAX_RESULTS).forEach(line -> findings.add(finding("BW101",
        Severity.HIGH, Range.ofLine("main.tf", line + 1, 1, 2), List.of(), new Excerpt(1, List.of()))));
    JsonNode run = run(Samples.with(findings));

    assertThat(run.get("results")).hasSize(25_000);
    assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    assertThat(run.findValuesAsText("ruleId")).doesNotContain("BW401");
    JsonNode note = run.at("/invocations/0/toolExecutionNotifications/3");
    assertThat(note.at("/descriptor/id").asText()).isEqualTo("results-truncated");
    assertThat(note.get("level").asText()).isEqualTo("warning");
    assertThat(note.at("/message/text").asText()).contains("25000", "25001");
  }

  @Test
  void suppressedFindingsTakeOnlyTheRoomTheFindingsLeave() throws IOException {
    List<Finding> findings = new ArrayList<>();
    IntStream.range(1, SarifResults.MAX_RESULTS).forEach(line -> findings.add(finding("BW101", Severity.HIGH,
        Range.ofLine("main.tf", line, 1, 2), List.of(), new Excerpt(1, List.of()))));
    List<SuppressedFinding> suppressed = IntStream.rangeClosed(1, 3).mapToObj(line -> new SuppressedFinding(
        finding("BW401", Severity.LOW, Range.ofLine("other.tf", line, 1, 2), List.of(), new Excerpt(1, List.of())),
        new Suppression.Baseline("b.json"))).toList();
    ScanResult sample = Samples.result();
    ScanResult result = new ScanResult(Samples.BASE, findings, suppressed, List.of(), sample.files(), sample.rules(),
        1, 0, Samples.TIMINGS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReport.write(result, new SarifReport.Options("1.2.3", "bulwark/", true), out);
    JsonNode run = MAPPER.readTree(out.toByteArray()).at("/runs/0");

    assertThat(run.get("results")).hasSize(SarifResults.MAX_RESULTS);
    assertThat(run.at("/results/24999/suppressions/0/kind").asText()).isEqualTo("external");
    JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
    assertThat(note.at("/descriptor/id").asText()).isEqualTo("suppressed-results-truncated");
    assertThat(note.at("/message/text").asText()).startsWith("Reported 1 of 3 suppressed findings");
  }

  @Test
  void capsRelatedLocationsPerResult() throws IOException {
    List<RelatedLocation> related = IntStream.rangeClosed(1, 1_001)
        .mapToObj(line -> new RelatedLocation(Range.ofLine("variables.tf", line, 1, 2), "use " + line))
        .toList();
    Finding crowded = finding("BW101", Severity.HIGH, Range.ofLine("main.tf", 1, 1, 2), related,
        new Excerpt(1, List.of()));
    JsonNode run = run(Samples.with(List.of(crowded)));

    JsonNode result = run.at("/results/0");
    assertThat(result.get("relatedLocations")).hasSize(999);
    assertThat(result.at("/relatedLocations/998/message/text").asText()).isEqualTo("use 999");
    assertThat(result.at("/properties/omittedRelatedLocations").asInt()).isEqualTo(2);
    assertThat(run.at("/invocations/0/toolExecutionNotifications/3/descriptor/id").asText())
        .isEqualTo("related-locations-truncated");
  }

  @Test
  void leavesSuppressedFindingsOutUnlessAsked() throws IOException {
    assertThat(list(run(Samples.withSuppressed()).get("results"))).hasSize(3)
        .allSatisfy(result -> assertThat(result.has("suppressions")).isFalse());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReport.write(Samples.withSuppressed(), new SarifReport.Options("1.2.3", "bulwark/", true), out);
    List<JsonNode> results = list(MAPPER.readTree(out.toByteArray()).at("/runs/0/results"));

    assertThat(results).hasSize(5);
    assertThat(results.subList(0, 3)).allSatisfy(result -> assertThat(result.has("suppressions")).isFalse());
    JsonNode inSource = results.get(3);
    assertThat(inSource.get("ruleId").asText()).isEqualTo("BW101");
    assertThat(inSource.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    assertThat(inSource.get("suppressions")).hasSize(1);
    assertThat(inSource.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(inSource.at("/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(inSource.at("/suppressions/0/justification").asText()).isEqualTo("read-only replica for reporting");
    assertThat(inSource.at("/suppressions/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(11);
    assertThat(inSource.at("/suppressions/0/location/message/text").asText()).isEqualTo("bulwark:ignore BW101");
    JsonNode baseline = results.get(4);
    assertThat(baseline.at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(baseline.at("/suppressions/0/justification").asText())
        .isEqualTo("accepted in the baseline bulwark-baseline.json");
    assertThat(baseline.at("/suppressions/0").has("location")).isFalse();
  }

  @Test
  void leavesTheStreamOpen() throws IOException {
    ClosingStream out = new ClosingStream();
    SarifReport.write(Samples.result(), OPTIONS, out);

    assertThat(out.closed).isFalse();
    assertThat(out.size()).isPositive();
  }

  static Finding finding(String ruleId, Severity severity, Range range, List<RelatedLocation> related,
      Excerpt excerpt) {
    return new Finding(ruleId, severity, Category.PUBLIC_DATABASE, "message", range, "aws_db_instance",
        "aws_db_instance.main", "publicly_accessible", related, "fingerprint", excerpt);
  }

  static final class ClosingStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
