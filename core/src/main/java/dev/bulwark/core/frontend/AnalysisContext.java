package dev.bulwark.core.frontend;

import java.util.function.Supplier;

/** What a front end is given besides its unit. */
public interface AnalysisContext {
  /** A fresh context with {@code settings}: one per scan (the scanner makes it), or per call in tests and tools. */
  static AnalysisContext of(ScanSettings settings) {
    return new ScanContext(settings);
  }

  /** The scan's settings. */
  ScanSettings settings();

  /**
   * A value computed once per scan and shared by every unit, e.g. a parameters or variables file named in the
   * settings, so that it is read once however many units use it. {@code compute} may run on any thread.
   */
  <T> T shared(Object key, Supplier<T> compute);
}
