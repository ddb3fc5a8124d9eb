package dev.bulwark.core.frontend;

import java.util.List;

/**
 * A format's front end, found with {@link java.util.ServiceLoader}: which files it takes, how it groups them, and
 * how it turns a group into resources, references and shared models. Implementations are stateless and
 * thread-safe; {@link #analyze} runs for many units at once and must report bad input as diagnostics.
 */
public interface Frontend {
  /** The format's name, e.g. {@code terraform}; also the {@code format} of its resources. */
  String format();

  /** Whether this front end wants the file at {@code relativePath}, judged by its name alone. */
  boolean claims(String relativePath);

  /** Groups the claimed files into units analysed together; by default one unit per file. */
  default List<AnalysisUnit> group(List<SourceFile> files) {
    return files.stream().map(file -> new AnalysisUnit(file.relativePath(), List.of(file))).toList();
  }

  /** Reads, parses and maps one unit. A file that is not of this format after all is skipped quietly. */
  UnitResult analyze(AnalysisUnit unit, AnalysisContext context);
}
