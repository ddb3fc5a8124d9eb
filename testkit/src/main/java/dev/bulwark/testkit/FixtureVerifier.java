package dev.bulwark.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/**
 * Scans a fixture (a file or a folder) and asserts that its findings equal the {@code # expect: BWnnn} markers in
 * it, line for line, both ways: every marker has a finding of that rule on that line, and every finding has a
 * marker. Caret lines check columns too. See {@link MarkerReader} for the marker syntax.
 */
public final class FixtureVerifier {
  private final List<Rule> rules;
  private final List<Frontend> frontends;

  private FixtureVerifier(List<Rule> rules, List<Frontend> frontends) {
    this.rules = List.copyOf(rules);
    this.frontends = List.copyOf(frontends);
  }

  /** A verifier that runs {@code rules} with the front ends on the classpath. */
  public static FixtureVerifier of(Rule... rules) {
    return new FixtureVerifier(List.of(rules), Scanner.loadFrontends());
  }

  /** Scans {@code fixture}, asserts it parses cleanly and that its findings equal its markers; returns the scan. */
  public ScanResult verify(Path fixture) {
    Path absolute = fixture.toAbsolutePath().normalize();
    Path base = Files.isDirectory(absolute) ? absolute : absolute.getParent();
    ScanResult result = Scanner.builder()
        .path(absolute)
        .baseDirectory(base)
        .rules(rules)
        .enableRules(rules.stream().map(rule -> rule.metadata().id()).toList())
        .frontends(frontends)
        .parallelism(1)
        .build()
        .scan();
    List<Expectation> expected = expectations(absolute, base);
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(result.diagnostics())
        .as("errors while scanning %s", fixture)
        .filteredOn(d -> d.level() == Diagnostic.Level.ERROR)
        .isEmpty();
    softly.assertThat(result.files()).as("files scanned in %s", fixture).isNotEmpty();
    compare(softly, expected, result.findings());
    softly.assertAll();
    return result;
  }

  private static void compare(SoftAssertions softly, List<Expectation> expected, List<Finding> findings) {
    List<Finding> unmatched = new ArrayList<>(findings);
    List<String> missing = new ArrayList<>();
    for (Expectation expectation : expected) {
      Optional<Finding> match = unmatched.stream()
          .filter(f -> f.range().file().equals(expectation.file()) && f.range().startLine() == expectation.line()
              && f.ruleId().equals(expectation.ruleId()))
          .findFirst();
      if (match.isEmpty()) {
        missing.add(expectation.key());
        continue;
      }
      unmatched.remove(match.get());
      expectation.columns().ifPresent(columns -> {
        Finding finding = match.get();
        softly.assertThat(finding.range().startColumn())
            .as("start column of %s", expectation.key()).isEqualTo(columns.start());
        if (finding.range().endLine() == finding.range().startLine()) {
          softly.assertThat(finding.range().endColumn())
              .as("end column of %s", expectation.key()).isEqualTo(columns.end());
        }
      });
    }
    softly.assertThat(missing).as("expected findings that were not reported").isEmpty();
    softly.assertThat(unmatched.stream().map(FixtureVerifier::describe).toList())
        .as("findings without an expect marker").isEmpty();
  }

  private static String describe(Finding finding) {
    return finding.range() + " " + finding.ruleId() + " " + finding.message();
  }

  private List<Expectation> expectations(Path fixture, Path base) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(fixture)) {
      files = walk.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().endsWith(".expect"))
          .filter(file -> claimed(base.relativize(file).toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Expectation> expectations = new ArrayList<>();
    for (Path file : files) {
      String relative = base.relativize(file).toString().replace('\\', '/');
      expectations.addAll(MarkerReader.read(file, relative));
    }
    assertThat(files).as("fixture files in %s", fixture).isNotEmpty();
    return expectations;
  }

  private boolean claimed(String relativePath) {
    String path = relativePath.replace('\\', '/');
    return frontends.stream().anyMatch(frontend -> frontend.claims(path));
  }
}
