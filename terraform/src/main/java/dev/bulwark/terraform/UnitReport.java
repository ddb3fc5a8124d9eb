package dev.bulwark.terraform;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a unit's analysis has read and has to say besides resources: the source texts (for excerpts and the text
 * of unknown values) and the diagnostics, each reported once.
 */
final class UnitReport {
  private final Map<String, SourceText> sources = new HashMap<>();
  private final List<SourceText> order = new ArrayList<>();
  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();

  void source(SourceText source) {
    if (sources.putIfAbsent(source.path(), source) == null) {
      order.add(source);
    }
  }

  void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** A note at {@code range}. */
  void note(Range range, String code, String message) {
    add(Diagnostic.at(Diagnostic.Level.NOTE, code, message, range));
  }

  /** A warning at {@code range}. */
  void warn(Range range, String code, String message) {
    add(Diagnostic.at(Diagnostic.Level.WARNING, code, message, range));
  }

  /** The source text at {@code range}, or {@code ""} when the file was not read by this unit. */
  String text(Range range) {
    return text(range, Integer.MAX_VALUE);
  }

  /** The first {@code limit} characters of the source text at {@code range}; {@code ""} for a file not read. */
  String text(Range range, int limit) {
    SourceText source = sources.get(range.file());
    if (source == null || range.endLine() > source.lineCount()) {
      return "";
    }
    try {
      int start = source.offset(range.startLine(), range.startColumn());
      int end = source.offset(range.endLine(), range.endColumn());
      return source.slice(start, Math.max(start, Math.min(end, start + Math.max(0, limit))));
    } catch (IndexOutOfBoundsException e) {
      return "";
    }
  }

  List<SourceText> sources() {
    return List.copyOf(order);
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
