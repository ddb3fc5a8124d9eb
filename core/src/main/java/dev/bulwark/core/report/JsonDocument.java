package dev.bulwark.core.report;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.rule.RuleMetadata;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JSON report's document, one record per object, fields in the order they are written. Every field is
 * documented in {@code docs/json-format.md}. A {@code null} field is left out.
 */
record JsonDocument(
    int formatVersion,
    Tool tool,
    String baseDirectory,
    Summary summary,
    List<FindingEntry> findings,
    List<SuppressedEntry> suppressed,
    List<DiagnosticEntry> diagnostics,
    List<FileEntry> files,
    List<RuleEntry> rules) {

  /** Bumped whenever a field is renamed, removed or changes meaning; adding a field keeps it. */
  static final int FORMAT_VERSION = 1;

  record Tool(String name, String version) {}

  record Summary(int files, int resources, int references, SeverityCounts findings, int suppressed,
      LevelCounts diagnostics) {}

  record SeverityCounts(int total, int critical, int high, int medium, int low) {}

  record LevelCounts(int total, int error, int warning, int note) {}

  record FindingEntry(
      String ruleId,
      String ruleName,
      String severity,
      String category,
      String message,
      String file,
      int startLine,
      int startColumn,
      int endLine,
      int endColumn,
      String resourceType,
      String resourceAddress,
      String attribute,
      String fingerprint,
      List<RelatedEntry> related) {}

  record SuppressedEntry(FindingEntry finding, SuppressionEntry suppression) {}

  record SuppressionEntry(String kind, String directive, String justification, String file, RangeEntry range,
      String baseline) {}

  record RelatedEntry(String file, int line, int column, int endLine, int endColumn, String message) {}

  record DiagnosticEntry(String level, String code, String message, String file, RangeEntry range) {}

  record RangeEntry(int startLine, int startColumn, int endLine, int endColumn) {}

  record FileEntry(String path, String format, long bytes) {}

  record RuleEntry(String id, String name, String title, String severity, String category) {}

  static JsonDocument of(ScanResult result, String toolVersion) {
    Map<String, String> ruleNames = result.rules().stream()
        .collect(Collectors.toMap(RuleMetadata::id, RuleMetadata::name, (first, second) -> first));
    return new JsonDocument(
        FORMAT_VERSION,
        new Tool("Bulwark", toolVersion),
        result.baseDirectory().toString(),
        summary(result),
        result.findings().stream().map(finding -> finding(finding, ruleNames.get(finding.ruleId()))).toList(),
        result.suppressed().stream().map(entry -> new SuppressedEntry(
            finding(entry.finding(), ruleNames.get(entry.finding().ruleId())), suppression(entry.suppression())))
            .toList(),
        result.diagnostics().stream().map(JsonDocument::diagnostic).toList(),
        result.files().stream().map(file -> new FileEntry(file.path(), file.format(), file.bytes())).toList(),
        result.rules().stream().map(JsonDocument::rule).toList());
  }

  private static Summary summary(ScanResult result) {
    Map<Severity, Long> severities = count(result.findings(), Finding::severity);
    Map<Diagnostic.Level, Long> levels = count(result.diagnostics(), Diagnostic::level);
    return new Summary(
        result.files().size(),
        result.resources(),
        result.references(),
        new SeverityCounts(result.findings().size(), get(severities, Severity.CRITICAL),
            get(severities, Severity.HIGH), get(severities, Severity.MEDIUM), get(severities, Severity.LOW)),
        result.suppressed().size(),
        new LevelCounts(result.diagnostics().size(), get(levels, Diagnostic.Level.ERROR),
            get(levels, Diagnostic.Level.WARNING), get(levels, Diagnostic.Level.NOTE)));
  }

  private static <T, K> Map<K, Long> count(List<T> items, Function<T, K> key) {
    return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static <K> int get(Map<K, Long> counts, K key) {
    return counts.getOrDefault(key, 0L).intValue();
  }

  private static FindingEntry finding(Finding finding, String ruleName) {
    Range range = finding.range();
    return new FindingEntry(finding.ruleId(), ruleName, finding.severity().label(), finding.category().tag(),
        finding.message(), range.file(), range.startLine(), range.startColumn(), range.endLine(), range.endColumn(),
        finding.resourceType(), finding.resourceAddress(), finding.attribute(), finding.fingerprint(),
        finding.related().stream().map(JsonDocument::related).toList());
  }

  private static SuppressionEntry suppression(Suppression suppression) {
    if (suppression instanceof Suppression.InSource inSource) {
      Range range = inSource.range();
      return new SuppressionEntry("inSource", inSource.directive(), inSource.justification(), range.file(),
          rangeEntry(range), null);
    }
    return new SuppressionEntry("baseline", null, suppression.justification(), null, null,
        ((Suppression.Baseline) suppression).file());
  }

  private static RangeEntry rangeEntry(Range range) {
    return new RangeEntry(range.startLine(), range.startColumn(), range.endLine(), range.endColumn());
  }

  private static RelatedEntry related(RelatedLocation related) {
    Range range = related.range();
    return new RelatedEntry(range.file(), range.startLine(), range.startColumn(), range.endLine(),
        range.endColumn(), related.message());
  }

  private static DiagnosticEntry diagnostic(Diagnostic diagnostic) {
    return new DiagnosticEntry(diagnostic.level().name().toLowerCase(Locale.ROOT), diagnostic.code(),
        diagnostic.message(), diagnostic.file(),
        diagnostic.range()
            .map(JsonDocument::rangeEntry)
            .orElse(null));
  }

  private static RuleEntry rule(RuleMetadata rule) {
    return new RuleEntry(rule.id(), rule.name(), rule.title(), rule.severity().label(), rule.category().tag());
  }
}
