package dev.bulwark.testkit;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a front end on one file as the scanner would, but lets its exceptions through instead of turning them into
 * diagnostics: how fuzz tests drive a front end, so that a crash shows its stack.
 */
public final class OneFileAnalysis {
  private final Frontend frontend;
  private final Path folder;

  /** Analyses files written into {@code folder}, the scan's base directory, with {@code frontend}. */
  public OneFileAnalysis(Frontend frontend, Path folder) {
    this.frontend = frontend;
    this.folder = folder;
  }

  /** Writes {@code content} to the file {@code name} in the folder and analyses it: one result per unit. */
  public List<UnitResult> analyze(String name, byte[] content) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content);
    if (!frontend.claims(name)) {
      return List.of();
    }
    AnalysisContext context = AnalysisContext.of(ScanSettings.DEFAULTS, folder);
    return frontend.group(List.of(new SourceFile(file, name, content.length))).stream()
        .map(unit -> frontend.analyze(unit, context))
        .toList();
  }
}
