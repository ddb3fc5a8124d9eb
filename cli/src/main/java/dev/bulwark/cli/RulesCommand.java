package dev.bulwark.cli;

import dev.bulwark.core.rule.RuleMetadata;
import dev.bulwark.core.scan.Scanner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark rules}: lists the rules, optionally only those of a category, provider or format. */
@Command(name = "rules", description = "List the rules.", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--category", paramLabel = "TAG",
      description = "Only this category: public-database, open-security-group, unencrypted-storage, logging-disabled.")
  private String category;

  @Option(names = "--provider", paramLabel = "NAME", description = "Only rules for this provider: aws, azure, gcp.")
  private String provider;

  @Option(names = "--format", paramLabel = "NAME",
      description = "Only rules for this format: terraform, cloudformation, ansible.")
  private String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (RuleMetadata rule : rules()) {
      out.printf("%s  %-8s  %-20s  %s%s%n", rule.id(), rule.severity().label(), rule.category().tag(), rule.title(),
          rule.enabledByDefault() ? "" : " (opt-in)");
    }
    out.flush();
    return ExitCode.CLEAN;
  }

  private List<RuleMetadata> rules() {
    return Scanner.loadRules().stream()
        .map(rule -> rule.metadata())
        .filter(rule -> category == null || rule.category().tag().equalsIgnoreCase(category))
        .filter(rule -> provider == null || rule.providers().stream().anyMatch(provider::equalsIgnoreCase))
        .filter(rule -> format == null || rule.formats().stream().anyMatch(format::equalsIgnoreCase))
        .toList();
  }
}
