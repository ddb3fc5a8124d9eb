package dev.bulwark.core;

import dev.bulwark.core.rule.RuleMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The immutable outcome of a scan, ordered deterministically: findings and diagnostics by file, line, column and
 * rule; files and rules by path and id.
 *
 * @param baseDirectory the folder that every relative path in the result is relative to
 * @param findings      the findings that count: neither suppressed in the code nor accepted in a baseline
 * @param suppressed    the findings suppressed in the code or accepted in a baseline, with why
 * @param diagnostics   parse errors, skipped files and other notes
 * @param files         the files the front ends read
 * @param rules         the rules that ran
 * @param resources     how many resources the graph held
 * @param references    how many references the graph held
 * @param timings       wall time per phase
 */
public record ScanResult(
    Path baseDirectory,
    List<Finding> findings,
    List<SuppressedFinding> suppressed,
    List<Diagnostic> diagnostics,
    List<ScannedFile> files,
    List<RuleMetadata> rules,
    int resources,
    int references,
    Timings timings) {

  public ScanResult {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
    rules = List.copyOf(rules);
    Objects.requireNonNull(timings, "timings");
  }

  /** The findings at or above {@code threshold}. */
  public List<Finding> findingsAtLeast(Severity threshold) {
    return findings.stream().filter(finding -> finding.severity().isAtLeast(threshold)).toList();
  }

  /** Whether any diagnostic is an error (e.g. a file that did not parse). */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
  }
}
