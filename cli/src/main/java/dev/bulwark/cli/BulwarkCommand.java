package dev.bulwark.cli;

import java.io.OutputStream;
import picocli.CommandLine.Command;

/** {@code bulwark}: the top-level command; its work is in the subcommands. */
@Command(
    name = "bulwark",
    description = "Static security analysis for Terraform, CloudFormation and Ansible.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {ScanCommand.class, RulesCommand.class, ExplainCommand.class})
final class BulwarkCommand {
  private final OutputStream stdout;

  BulwarkCommand(OutputStream stdout) {
    this.stdout = stdout;
  }

  /** Where reports go when no output file is given. */
  OutputStream stdout() {
    return stdout;
  }
}
