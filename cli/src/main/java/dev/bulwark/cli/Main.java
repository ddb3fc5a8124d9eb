package dev.bulwark.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code bulwark} command's entry point. */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its code: 0 clean, 1 findings at or above the threshold, 2 usage or scan error. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the command with the given standard output and error, and returns its exit code without exiting. */
  static int run(OutputStream out, PrintStream err, String... args) {
    CommandLine commandLine = new CommandLine(new BulwarkCommand(out))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExpandAtFiles(false)
        .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true))
        .setExecutionExceptionHandler((exception, command, parseResult) -> {
          command.getErr().println("bulwark: " + exception.getMessage());
          return ExitCode.ERROR;
        });
    return commandLine.execute(args);
  }
}
