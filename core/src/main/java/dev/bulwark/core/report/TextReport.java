package dev.bulwark.core.report;

import static dev.bulwark.core.report.TerminalText.clean;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a scan result for people at a terminal. Findings are grouped by file under a {@code == file (n findings)}
 * header; each is a {@code path:line:col: SEVERITY RULE message} line that editors can link, then the offending
 * source line and a line of {@code ^} under the primary range, then its related locations as indented
 * {@code path:line:col: note: message} lines. The diagnostics follow under a {@code == n diagnostics} header, then
 * a one-line summary. Text taken from the scanned files is stripped of control characters; lines end with
 * {@code \n}.
 *
 * <pre>
 * == main.tf (1 finding)
 * main.tf:3:3: HIGH BW101 Database instance is reachable from the internet.
 *   |   publicly_accessible = true
 *   |   ^^^^^^^^^^^^^^^^^^^^^^^^^^
 *   variables.tf:2:13: note: variable default
 *
 * 1 finding (1 high) in 1 file; 2 files scanned
 * </pre>
 */
public final class TextReport {
  private static final String GUTTER = "  | ";
  private static final String INDENT = "  ";

  private final Writer out;
  private final Ansi ansi;

  private TextReport(Writer out, Ansi ansi) {
    this.out = out;
    this.ansi = ansi;
  }

  /** Writes {@code result} to {@code out}, with ANSI colours when {@code color} is set; flushes but does not close. */
  public static void write(ScanResult result, Writer out, boolean color) throws IOException {
    new TextReport(out, new Ansi(color)).print(result);
    out.flush();
  }

  private void print(ScanResult result) throws IOException {
    Map<String, List<Finding>> byFile = result.findings().stream()
        .collect(Collectors.groupingBy(finding -> finding.range().file(), LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      line(ansi.bold("== " + clean(file.getKey()) + " (" + TextSummary.plural(file.getValue().size(), "finding")
          + ")"));
      for (Finding finding : file.getValue()) {
        finding(finding);
      }
      line("");
    }
    if (!result.diagnostics().isEmpty()) {
      line(ansi.bold("== " + TextSummary.plural(result.diagnostics().size(), "diagnostic")));
      for (Diagnostic diagnostic : result.diagnostics()) {
        diagnostic(diagnostic);
      }
      line("");
    }
    line(TextSummary.line(result));
  }

  private void finding(Finding finding) throws IOException {
    Range range = finding.range();
    line(position(range) + ": " + ansi.severity(finding.severity(), finding.severity().name()) + " "
        + finding.ruleId() + " " + clean(finding.message()));
    Optional<String> source = finding.excerpt().line(range.startLine()).map(TerminalText::clean);
    if (source.isPresent()) {
      int end = range.endLine() == range.startLine() ? range.endColumn() : source.get().length() + 1;
      line(GUTTER + source.get());
      CaretLine marker = CaretLine.under(source.get(), range.startColumn(), end);
      line(GUTTER + marker.lead() + ansi.severity(finding.severity(), marker.carets()));
    }
    for (RelatedLocation related : finding.related()) {
      line(INDENT + position(related.range()) + ": " + ansi.level(Diagnostic.Level.NOTE, "note:") + " "
          + clean(related.message()));
    }
  }

  private void diagnostic(Diagnostic diagnostic) throws IOException {
    String where = diagnostic.range().map(TextReport::position).orElse(clean(diagnostic.file()));
    String level = diagnostic.level().name().toLowerCase(Locale.ROOT);
    line((where.isEmpty() ? "" : where + ": ") + ansi.level(diagnostic.level(), level) + " [" + diagnostic.code()
        + "] " + clean(diagnostic.message()));
  }

  private static String position(Range range) {
    return clean(range.file()) + ":" + range.startLine() + ":" + range.startColumn();
  }

  private void line(String text) throws IOException {
    out.write(text);
    out.write('\n');
  }
}
