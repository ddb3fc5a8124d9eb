package dev.bulwark.core.frontend;

import java.nio.file.Path;
import java.util.function.Supplier;

/** What a front end is given besides its unit. */
public interface AnalysisContext {
  /**
   * A fresh context with {@code settings}, the current folder as base directory: one per scan (the scanner makes
   * it), or per call in tests and tools.
   */
  static AnalysisContext of(ScanSettings settings) {
    return of(settings, Path.of(""));
  }

  /** A fresh context with {@code settings} and {@code baseDirectory}. */
  static AnalysisContext of(ScanSettings settings, Path baseDirectory) {
    return new ScanContext(settings, baseDirectory.toAbsolutePath().normalize());
  }

  /** The scan's settings. */
  ScanSettings settings();

  /**
   * The scan's base directory, absolute: every relative path is relative to it, and a front end reads files outside
   * its unit (a module called from it, a file read by a function) only inside it.
   */
  Path baseDirectory();

  /**
   * A value computed once per scan and shared by every unit, e.g. a parameters or variables file named in the
   * settings, so that it is read once however many units use it. {@code compute} may run on any thread.
   */
  <T> T shared(Object key, Supplier<T> compute);
}
