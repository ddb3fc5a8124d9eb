package dev.bulwark.cli;

import dev.bulwark.core.rule.RuleMetadata;
import dev.bulwark.core.scan.Scanner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulwark rules}: lists the rules. */
@Command(name = "rules", description = "List the rules.", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (var rule : Scanner.loadRules()) {
      RuleMetadata metadata = rule.metadata();
      out.printf("%s  %-8s  %-20s  %s%n", metadata.id(), metadata.severity().label(), metadata.category().tag(),
          metadata.title());
    }
    out.flush();
    return ExitCode.CLEAN;
  }
}
