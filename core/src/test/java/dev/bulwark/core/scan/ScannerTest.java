package dev.bulwark.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ScannedFile;
import dev.bulwark.core.Severity;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {
  @TempDir
  Path root;

  private ScanResult scan(Path... paths) {
    return scanner(4, paths).scan();
  }

  private Scanner scanner(int threads, Path... paths) {
    return Scanner.builder()
        .paths(List.of(paths))
        .baseDirectory(root)
        .frontends(List.of(new LinesFrontend()))
        .rules(List.of(new FlaggedRule()))
        .parallelism(threads)
        .build();
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** A front end that claims every file and finds nothing in it. */
  private static Frontend claimingEverything() {
    return new Frontend() {
      @Override
      public String format() {
        return "another";
      }

      @Override
      public boolean claims(String relativePath) {
        return true;
      }

      @Override
      public UnitResult analyze(AnalysisUnit unit, AnalysisContext context) {
        return UnitResult.builder().build();
      }
    };
  }

  @Test
  void discoversFilesWithRelativeSlashPathsAndSkipsHiddenAndDependencyFolders() throws IOException {
    write("a.lines", "bucket one\n");
    write("sub/dir/b.lines", "bucket two\n");
    write(".terraform/modules/c.lines", "bucket three\n");
    write("node_modules/d.lines", "bucket four\n");
    write("readme.txt", "not claimed\n");
    ScanResult result = scan(root);
    assertThat(result.files()).extracting(ScannedFile::path).containsExactly("a.lines", "sub/dir/b.lines");
    assertThat(result.files()).extracting(ScannedFile::format).containsOnly("lines");
    assertThat(result.resources()).isEqualTo(2);
    assertThat(result.baseDirectory()).isEqualTo(root.toAbsolutePath().normalize());
  }

  @Test
  void aFileIsListedWithTheFormatOfTheFrontEndThatReadItNotOfEveryClaimant() throws IOException {
    write("a.lines", "bucket one\n");
    Frontend declining = claimingEverything();
    ScanResult result = Scanner.builder().path(root).baseDirectory(root)
        .frontends(List.of(declining, new LinesFrontend())).rules(List.of()).build().scan();
    assertThat(result.files()).extracting(ScannedFile::path, ScannedFile::format)
        .containsExactly(tuple("a.lines", "lines"));
  }

  @Test
  void findingsCarryRuleMetadataExcerptAndRelatedLocations() throws IOException {
    write("a.lines", "bucket logs flag=yes\nbucket app ref=bucket.logs\n");
    ScanResult result = scan(root);
    assertThat(result.findings()).hasSize(1);
    Finding finding = result.findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("BW999");
    assertThat(finding.range()).isEqualTo(Range.ofLine("a.lines", 1, 1, 21));
    assertThat(finding.resourceAddress()).isEqualTo("bucket.logs");
    assertThat(finding.excerpt().lines()).containsExactly("bucket logs flag=yes");
    assertThat(finding.related()).singleElement()
        .satisfies(related -> assertThat(related.range().startLine()).isEqualTo(2));
    assertThat(result.references()).isEqualTo(1);
    assertThat(result.rules()).extracting(rule -> rule.id()).containsExactly("BW999");
  }

  @Test
  void resultsAreTheSameWhateverTheParallelism() throws IOException {
    for (int i = 0; i < 30; i++) {
      write("f" + i + "/x.lines", "bucket a flag=yes\nbucket b flag=yes\n!\n");
    }
    ScanResult serial = scanner(1, root).scan();
    for (int run = 0; run < 3; run++) {
      ScanResult parallel = scanner(4, root).scan();
      assertThat(parallel.findings()).isEqualTo(serial.findings());
      assertThat(parallel.diagnostics()).isEqualTo(serial.diagnostics());
      assertThat(parallel.files()).isEqualTo(serial.files());
    }
    assertThat(serial.findings()).hasSize(60);
    assertThat(serial.findings()).isSorted();
  }

  @Test
  void filesReadBeyondTheUnitAreScannedFilesOfTheFormatAndRepeatedDiagnosticsAreReportedOnce() throws IOException {
    write("a.lines", "include shared.txt\n");
    write("b.lines", "include shared.txt\n");
    write("shared.txt", "shared\n");
    ScanResult result = scan(root);
    assertThat(result.files()).extracting(ScannedFile::path).containsExactly("a.lines", "b.lines", "shared.txt");
    assertThat(result.files()).extracting(ScannedFile::format).containsOnly("lines");
    assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("included"));
  }

  @Test
  void aFrontEndFailureIsADiagnosticAndTheScanGoesOn() throws IOException {
    write("boom.lines", "bucket a flag=yes\n");
    write("fine.lines", "bucket b flag=yes\n");
    ScanResult result = scan(root);
    assertThat(result.findings()).extracting(f -> f.range().file()).containsExactly("fine.lines");
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("internal-error");
      assertThat(d.file()).isEqualTo("boom.lines");
      assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
    });
  }

  @Test
  void parseErrorsKeepTheirLocation() throws IOException {
    write("bad.lines", "bucket a\n!\n");
    ScanResult result = scan(root);
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("parse-error");
      assertThat(d.range()).contains(Range.ofLine("bad.lines", 2, 1, 2));
    });
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void aRuleFailureIsADiagnostic() throws IOException {
    write("a.lines", "crash x\n");
    ScanResult result = scan(root);
    assertThat(result.findings()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("rule-error");
  }

  @Test
  void filesOverTheSizeLimitAreSkippedWithOneDiagnosticHoweverManyFrontEndsClaimThem() throws IOException {
    write("big.lines", "bucket a flag=yes\n".repeat(100));
    write("small.lines", "bucket b\n");
    Frontend alsoClaiming = claimingEverything();
    ScanResult result = Scanner.builder().path(root).baseDirectory(root)
        .frontends(List.of(alsoClaiming, new LinesFrontend())).rules(List.of(new FlaggedRule()))
        .settings(ScanSettings.builder().maxFileBytes(200).build()).build().scan();
    assertThat(result.files()).extracting(ScannedFile::path).containsExactly("small.lines");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("file-too-large");
  }

  @Test
  void aMissingPathIsADiagnostic() {
    ScanResult result = scan(root.resolve("nowhere"));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("path-not-found");
  }

  @Test
  void symbolicLinkLoopsAreReportedNotFollowedForever() throws IOException {
    write("a/x.lines", "bucket a\n");
    Files.createSymbolicLink(root.resolve("a/loop"), root.resolve("a"));
    ScanResult result = scan(root);
    assertThat(result.files()).extracting(ScannedFile::path).containsExactly("a/x.lines");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("symlink-loop");
  }

  @Test
  void fingerprintsSurviveEditsAboveTheFindingButNotARename() throws IOException {
    write("a.lines", "bucket logs flag=yes\n");
    String before = scan(root).findings().get(0).fingerprint();
    write("a.lines", "bucket other\n\nbucket more\nbucket logs flag=yes\n");
    Finding moved = scan(root).findings().get(0);
    assertThat(moved.range().startLine()).isEqualTo(4);
    assertThat(moved.fingerprint()).isEqualTo(before);
    Files.move(root.resolve("a.lines"), root.resolve("b.lines"));
    assertThat(scan(root).findings().get(0).fingerprint()).isNotEqualTo(before);
  }

  @Test
  void aSingleFileScanIsRelativeToItsFolderByDefault() throws IOException {
    write("sub/a.lines", "bucket logs flag=yes\n");
    Scanner scanner = Scanner.builder().path(root.resolve("sub/a.lines"))
        .frontends(List.of(new LinesFrontend())).rules(List.of(new FlaggedRule())).build();
    assertThat(scanner.baseDirectory()).isEqualTo(root.resolve("sub").toAbsolutePath().normalize());
    assertThat(scanner.scan().findings()).extracting(f -> f.range().file()).containsExactly("a.lines");
  }

  @Test
  void includeAndExcludePatternsChooseFilesAndPruneFolders() throws IOException {
    write("infra/a.lines", "bucket a\n");
    write("infra/test/b.lines", "bucket b\n");
    write("target/c.lines", "bucket c\n");
    write("d.lines", "bucket d\n");
    ScanResult result = Scanner.builder().path(root).baseDirectory(root)
        .frontends(List.of(new LinesFrontend())).rules(List.of(new FlaggedRule()))
        .includes(List.of("infra/**", "*.lines")).excludes(List.of("**/test/**", "target/**"))
        .build().scan();
    assertThat(result.files()).extracting(ScannedFile::path).containsExactly("d.lines", "infra/a.lines");
  }

  @Test
  void rulesAreSelectedByIdAndUnknownIdsAreRefused() {
    Scanner.Builder builder = Scanner.builder().frontends(List.of(new LinesFrontend()))
        .rules(List.of(new FlaggedRule()));
    assertThat(builder.build().rules()).hasSize(1);
    assertThat(Scanner.builder().rules(List.of(new FlaggedRule())).disableRules(List.of("BW999")).build().rules())
        .isEmpty();
    assertThat(Scanner.builder().rules(List.of(new FlaggedRule())).enableRules(List.of("BW999")).build().rules())
        .hasSize(1);
    assertThatThrownBy(
        () -> Scanner.builder().rules(List.of(new FlaggedRule())).enableRules(List.of("BW123")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BW123");
  }

  @Test
  void optInRulesRunOnlyWhenNamed() {
    List<Rule> both = List.of(new FlaggedRule(), new OptInRule());
    assertThat(Scanner.builder().rules(both).build().rules()).extracting(rule -> rule.metadata().id())
        .containsExactly("BW999");
    assertThat(Scanner.builder().rules(both).optInRules(List.of("BW998")).build().rules())
        .extracting(rule -> rule.metadata().id()).containsExactly("BW999", "BW998");
    assertThat(Scanner.builder().rules(both).enableRules(List.of("BW998")).build().rules())
        .extracting(rule -> rule.metadata().id()).containsExactly("BW998");
    assertThatThrownBy(() -> Scanner.builder().rules(both).optInRules(List.of("BW123")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BW123");
  }

  @Test
  void findingsBelowTheMinimumSeverityAreLeftOut() throws IOException {
    write("a.lines", "bucket a flag=yes\n");
    Scanner.Builder builder = Scanner.builder().path(root).baseDirectory(root)
        .frontends(List.of(new LinesFrontend())).rules(List.of(new FlaggedRule()));
    assertThat(builder.build().scan().findings()).hasSize(1);
    assertThat(builder.minimumSeverity(Severity.HIGH).build().scan().findings()).isEmpty();
  }

  @Test
  void oneScannerServesSeveralThreadsAtOnce() throws Exception {
    for (int i = 0; i < 20; i++) {
      write("f" + i + "/x.lines", "bucket a flag=yes\nbucket b ref=bucket.a\n");
    }
    Scanner scanner = scanner(2, root);
    ScanResult expected = scanner.scan();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<ScanResult>> results = threads.invokeAll(
          Collections.nCopies(8, scanner::scan));
      for (Future<ScanResult> result : results) {
        assertThat(result.get().findings()).isEqualTo(expected.findings());
        assertThat(result.get().references()).isEqualTo(expected.references());
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
