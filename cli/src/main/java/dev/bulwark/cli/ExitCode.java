package dev.bulwark.cli;

/** The command's exit codes. */
final class ExitCode {
  /** Nothing at or above the severity threshold. */
  static final int CLEAN = 0;
  /** Findings at or above the threshold. */
  static final int FINDINGS = 1;
  /** A usage error, or a scan that could not run. */
  static final int ERROR = 2;

  private ExitCode() {}
}
