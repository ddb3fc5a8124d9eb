package dev.bulwark.cli;

import dev.bulwark.core.rule.RuleMetadata;
import dev.bulwark.core.scan.Scanner;
import dev.bulwark.rules.RuleDocument;
import dev.bulwark.rules.RuleExamples;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark explain BWnnn}: a rule's documentation with its good and bad examples. */
@Command(name = "explain", description = "Explain a rule, with examples.", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The rule's id, e.g. BW101.")
  private String id;

  @Override
  public Integer call() {
    Optional<RuleMetadata> rule = Scanner.loadRules().stream().map(r -> r.metadata())
        .filter(metadata -> metadata.id().equalsIgnoreCase(id)).findFirst();
    if (rule.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("bulwark: no rule " + id + " (bulwark rules lists them)");
      err.flush();
      return ExitCode.ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(RuleDocument.markdown(rule.get(), RuleExamples.of(rule.get().id())));
    out.flush();
    return ExitCode.CLEAN;
  }
}
