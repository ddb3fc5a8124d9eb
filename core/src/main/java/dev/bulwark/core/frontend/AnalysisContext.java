package dev.bulwark.core.frontend;

import java.nio.file.Path;

/** What a front end is given besides its unit. */
public interface AnalysisContext {
  /** The scan's settings. */
  ScanSettings settings();

  /**
   * The scan's base directory, absolute: every relative path is relative to it, and a front end reads files outside
   * its unit (a module called from it, a file read by a function) only inside it. By default, the current folder.
   */
  default Path baseDirectory() {
    return Path.of("").toAbsolutePath();
  }

  /** A context with {@code settings} and {@code baseDirectory}. */
  static AnalysisContext of(ScanSettings settings, Path baseDirectory) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    return new AnalysisContext() {
      @Override
      public ScanSettings settings() {
        return settings;
      }

      @Override
      public Path baseDirectory() {
        return base;
      }
    };
  }
}
