package dev.bulwark.cli;

import picocli.CommandLine;

/** The {@code bulwark} command's entry point. */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its code: 0 clean, 1 findings at or above the threshold, 2 usage or scan error. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code, without exiting. */
  static int run(String... args) {
    CommandLine commandLine = new CommandLine(new BulwarkCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeOnInvalidInput(ExitCode.ERROR)
        .setExitCodeOnExecutionException(ExitCode.ERROR);
    return commandLine.execute(args);
  }
}
