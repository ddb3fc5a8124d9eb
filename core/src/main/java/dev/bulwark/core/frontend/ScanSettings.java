package dev.bulwark.core.frontend;

/**
 * Settings every front end honours.
 *
 * @param maxFileBytes    files larger than this are skipped with a diagnostic
 * @param maxNestingDepth deeper nesting of expressions or documents is a diagnostic, not a stack overflow
 */
public record ScanSettings(long maxFileBytes, int maxNestingDepth) {
  /** 8 MiB per file and a nesting depth of 200. */
  public static final ScanSettings DEFAULTS = new ScanSettings(8L << 20, 200);

  public ScanSettings {
    if (maxFileBytes <= 0 || maxNestingDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
