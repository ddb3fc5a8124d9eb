package dev.bulwark.core.frontend;

/** What a front end is given besides its unit. */
public interface AnalysisContext {
  /** The scan's settings. */
  ScanSettings settings();
}
