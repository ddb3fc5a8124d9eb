package dev.bulwark.cli;

import picocli.CommandLine.Command;

/** {@code bulwark}: the top-level command; its work is in the subcommands. */
@Command(
    name = "bulwark",
    description = "Static security analysis for Terraform, CloudFormation and Ansible.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {ScanCommand.class, RulesCommand.class})
final class BulwarkCommand {}
