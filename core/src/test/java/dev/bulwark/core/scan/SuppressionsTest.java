package dev.bulwark.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.report.BaselineReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppression comments and baselines, end to end through the scanner, with the toy front end and rule BW999. */
class SuppressionsTest {
  @TempDir
  Path root;

  private Scanner.Builder scanner() {
    return Scanner.builder().path(root).baseDirectory(root)
        .frontends(List.of(new LinesFrontend())).rules(List.of(new FlaggedRule(), new OptInRule()));
  }

  private ScanResult scan(String text) throws IOException {
    Files.writeString(root.resolve("a.lines"), text);
    return scanner().build().scan();
  }

  /** Scans with the opt-in rule BW998 (which reports nothing) running too. */
  private ScanResult scanWithOptIn(String text) throws IOException {
    Files.writeString(root.resolve("a.lines"), text);
    return scanner().optInRules(List.of("BW998")).build().scan();
  }

  private static List<Integer> lines(List<Finding> findings) {
    return findings.stream().map(finding -> finding.range().startLine()).toList();
  }

  private static List<Integer> suppressedLines(ScanResult result) {
    return lines(result.suppressed().stream().map(SuppressedFinding::finding).toList());
  }

  private static List<String> codes(ScanResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void aTrailingDirectiveSuppressesItsLineWithItsReason() throws IOException {
    ScanResult result = scan("bucket a flag=yes # bulwark:ignore BW999 -- logs go to the SIEM instead\n"
        + "bucket b flag=yes\n");

    assertThat(lines(result.findings())).containsExactly(2);
    assertThat(result.suppressed()).singleElement().satisfies(entry -> {
      assertThat(entry.finding().range().startLine()).isEqualTo(1);
      assertThat(entry.suppression()).isEqualTo(new Suppression.InSource(Range.ofLine("a.lines", 1, 21, 72),
          "bulwark:ignore BW999", "logs go to the SIEM instead"));
    });
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aDirectiveOnItsOwnLineSuppressesTheNextCodeLineAcrossComments() throws IOException {
    ScanResult result = scan("""
        # bulwark:ignore BW999 accepted
        # reviewed in SEC-12
        /* and again in SEC-40 */
        bucket a flag=yes
        bucket b flag=yes
        """);

    assertThat(suppressedLines(result)).containsExactly(4);
    assertThat(lines(result.findings())).containsExactly(5);
  }

  @Test
  void aDirectiveInABlockCommentSpanningLinesSuppressesTheCodeAfterTheComment() throws IOException {
    ScanResult result = scan("""
        /*
         * bulwark:ignore BW999 accepted in SEC-7,
         * the vendor reads this bucket
         */
        bucket a flag=yes
        /* bulwark:ignore BW999 generated

        */ bucket b flag=yes
        bucket c flag=yes path="arn:aws:s3:::logs/*"
        # bulwark:ignore BW999 a /* in a value opens no comment
        bucket d flag=yes
        """);

    assertThat(suppressedLines(result)).containsExactly(5, 8, 11);
    assertThat(lines(result.findings())).containsExactly(9);
    assertThat(result.suppressed().get(0).suppression()).isEqualTo(new Suppression.InSource(
        Range.ofLine("a.lines", 2, 4, 43), "bulwark:ignore BW999", "accepted in SEC-7,"));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aBlankLineEndsADirectivesReachAndTheUnusedDirectiveIsReported() throws IOException {
    ScanResult result = scan("# bulwark:ignore BW999\n\nbucket a flag=yes\n");

    assertThat(lines(result.findings())).containsExactly(3);
    assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.code()).isEqualTo("unused-suppression");
      assertThat(diagnostic.level()).isEqualTo(Diagnostic.Level.WARNING);
      assertThat(diagnostic.range()).contains(Range.ofLine("a.lines", 1, 3, 23));
      assertThat(diagnostic.message()).contains("BW999").contains("blank line");
    });
  }

  @Test
  void rulesAreNamedByIdOrNameInAnyCaseSeveralAtOnce() throws IOException {
    ScanResult result = scanWithOptIn("""
        bucket a flag=yes # bulwark:ignore toy-flag
        bucket b flag=yes # bulwark:ignore bw999
        bucket c flag=yes # bulwark:ignore BW998,BW999 both
        """);

    assertThat(result.findings()).isEmpty();
    assertThat(suppressedLines(result)).containsExactly(1, 2, 3);
    assertThat(result.suppressed().get(2).suppression().justification()).isEqualTo("both");
    assertThat(codes(result)).containsExactly("unused-suppression");
  }

  @Test
  void aFileDirectiveSuppressesTheRuleInItsFileOnly() throws IOException {
    Files.writeString(root.resolve("b.lines"), "bucket c flag=yes\n");
    ScanResult result = scan("bucket a flag=yes\n# bulwark:ignore-file BW999 generated test data\n"
        + "bucket b flag=yes\n");

    assertThat(suppressedLines(result)).containsExactly(1, 3);
    assertThat(result.findings()).extracting(finding -> finding.range().file()).containsExactly("b.lines");
  }

  @Test
  void aDirectiveForAnotherRuleSuppressesNothing() throws IOException {
    ScanResult result = scanWithOptIn("bucket a flag=yes # bulwark:ignore BW998\n");

    assertThat(lines(result.findings())).containsExactly(1);
    assertThat(codes(result)).containsExactly("unused-suppression");
  }

  @Test
  void unknownRulesAndDirectivesWithoutARuleAreReported() throws IOException {
    ScanResult result = scan("""
        bucket a flag=yes # bulwark:ignore BW123 typo
        bucket b flag=yes # bulwark:ignore because I said so
        """);

    assertThat(lines(result.findings())).containsExactly(1, 2);
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
        tuple("unknown-rule", "`bulwark:ignore` names BW123, which is not a Bulwark rule"),
        tuple("suppression-without-rule", "`bulwark:ignore` names no rule; write the "
            + "ids of the rules to suppress, e.g. `bulwark:ignore BW201 <reason>`"));
  }

  @Test
  void aDirectiveForARuleThatDidNotRunIsNotReportedUnused() throws IOException {
    Files.writeString(root.resolve("a.lines"), "bucket a flag=yes # bulwark:ignore BW999,BW998\n");
    ScanResult result = scanner().disableRules(List.of("BW999")).build().scan();

    assertThat(result.findings()).isEmpty();
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void onlyCommentsCount() throws IOException {
    ScanResult result = scan("""
        bucket a flag=yes url=http://x#bulwark:ignore
        bucket b flag=yes path=a//bulwark:ignore
        bucket c flag=yes // bulwark:ignore BW999
        bucket d flag=yes /* bulwark:ignore BW999 generated */
        """);

    assertThat(lines(result.findings())).containsExactly(1, 2);
    assertThat(suppressedLines(result)).containsExactly(3, 4);
    assertThat(result.suppressed().get(1).suppression().justification()).isEqualTo("generated");
  }

  @Test
  void checkovTrivyAndTfsecDirectivesSuppressTheRulesMappedToTheirChecks() throws IOException {
    ScanResult result = scan("""
        bucket a flag=yes #checkov:skip=CKV_TOY_1:handled upstream
        bucket b flag=yes #checkov:skip=CKV_AWS_999
        # trivy:ignore:AVD-TOY-0001
        bucket c flag=yes
        bucket d flag=yes # trivy:ignore:AVD-TOY-0001[exp:2000-01-01] expired
        bucket e flag=yes # trivy:ignore:AVD-TOY-0001[exp:2999-01-01]
        bucket f flag=yes # tfsec:ignore:TOY-0001:exp:2000-01-01
        bucket g flag=yes # tfsec:ignore:TOY-0001:exp:2999-01-01: until the migration
        bucket h flag=yes # trivy:ignore:*
        """);

    assertThat(lines(result.findings())).containsExactly(2, 5, 7, 9);
    assertThat(result.suppressed()).extracting(entry -> ((Suppression.InSource) entry.suppression()).directive(),
            entry -> entry.suppression().justification())
        .containsExactly(tuple("checkov:skip=CKV_TOY_1", "handled upstream"),
            tuple("trivy:ignore:AVD-TOY-0001", ""), tuple("trivy:ignore:AVD-TOY-0001", ""),
            tuple("tfsec:ignore:TOY-0001", "until the migration"));
    assertThat(result.diagnostics()).as("peer directives are the peer's business").isEmpty();
  }

  @Test
  void aKicsDisableCoversTheRulesMappedToItsQueriesInItsFileOnly() throws IOException {
    Files.writeString(root.resolve("b.lines"), "bucket c flag=yes\n");
    ScanResult result = scan("# kics-scan disable=11111111-0000-4000-8000-000000000000,"
        + "00000000-0000-4000-8000-00000000b999\nbucket a flag=yes\n\nbucket b flag=yes\n");

    assertThat(suppressedLines(result)).containsExactly(2, 4);
    assertThat(result.findings()).extracting(finding -> finding.range().file()).containsExactly("b.lines");
    assertThat(result.suppressed().get(0).suppression()).isEqualTo(new Suppression.InSource(
        Range.ofLine("a.lines", 1, 3, 94), "kics-scan disable=11111111-0000-4000-8000-000000000000,"
            + "00000000-0000-4000-8000-00000000b999", ""));
  }

  @Test
  void oneCommentMayHoldSeveralDirectivesEachWithItsOwnRange() throws IOException {
    ScanResult result = scanWithOptIn(
        "bucket a flag=yes #tfsec:ignore:CKV_NONE  #bulwark:ignore BW998 first trivy:ignore:AVD-TOY-0001 second\n");

    assertThat(result.findings()).isEmpty();
    assertThat(result.suppressed()).singleElement().extracting(SuppressedFinding::suppression)
        .isEqualTo(new Suppression.InSource(Range.ofLine("a.lines", 1, 71, 103), "trivy:ignore:AVD-TOY-0001",
            "second"));
    assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.code()).isEqualTo("unused-suppression");
      assertThat(diagnostic.range()).contains(Range.ofLine("a.lines", 1, 44, 70));
    });
  }

  @Test
  void aBaselineAcceptsItsFindingsAndCountsThoseNoLongerFound() throws IOException {
    ScanResult first = scan("bucket a flag=yes\nbucket b flag=yes # bulwark:ignore BW999\nbucket c flag=yes\n");
    Baseline baseline = read(baselineOf(first));
    assertThat(baseline.fingerprints()).as("in-source suppressions are not repeated in the baseline")
        .containsExactlyInAnyOrderElementsOf(first.findings().stream().map(Finding::fingerprint).toList());

    Files.writeString(root.resolve("a.lines"), "bucket new flag=yes\nbucket a flag=yes\nbucket b flag=yes "
        + "# bulwark:ignore BW999\n");
    ScanResult next = scanner().baseline(baseline).build().scan();

    assertThat(next.findings()).extracting(Finding::resourceAddress).containsExactly("bucket.new");
    assertThat(next.suppressed()).extracting(entry -> entry.finding().resourceAddress(), SuppressedFinding::suppression)
        .containsExactly(tuple("bucket.a", new Suppression.Baseline("base.json")),
            tuple("bucket.b", new Suppression.InSource(
                Range.ofLine("a.lines", 3, 21, 41), "bulwark:ignore BW999", "")));
    assertThat(next.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.code()).isEqualTo("baseline-entries-gone");
      assertThat(diagnostic.level()).isEqualTo(Diagnostic.Level.NOTE);
      assertThat(diagnostic.message()).startsWith("1 finding of the baseline base.json no longer found");
    });
  }

  @Test
  void aRewrittenBaselineKeepsWhatTheOldOneAccepted() throws IOException {
    String written = baselineOf(scan("bucket a flag=yes\n"));

    String rewritten = baselineOf(scanner().baseline(read(written)).build().scan());

    assertThat(rewritten).isEqualTo(written);
  }

  @Test
  void aFileThatIsNotABaselineIsRefusedWithWhatIsWrong() {
    assertThatThrownBy(() -> read("[]")).hasMessageContaining("base.json is not a Bulwark baseline");
    assertThatThrownBy(() -> read("{\"version\": 2, \"findings\": []}")).hasMessageContaining("\"version\": 1");
    assertThatThrownBy(() -> read("{\"version\": 1, \"findings\": [{\"fingerprint\": \"abc\"}]}"))
        .hasMessageContaining("finding 0 has no 32-digit hexadecimal \"fingerprint\"");
    assertThatThrownBy(() -> read("{\"version\": 1,")).isInstanceOf(IOException.class);
  }

  private static String baselineOf(ScanResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BaselineReport.write(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Baseline read(String text) throws IOException {
    return Baseline.read("base.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
