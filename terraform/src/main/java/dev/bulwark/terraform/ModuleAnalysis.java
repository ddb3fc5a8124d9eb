package dev.bulwark.terraform;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.terraform.aws.AwsModels;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses one unit: reads its root module and the local modules it calls, gives the root module's variables
 * their values, evaluates every instance of every module, and maps the resulting graph to the shared models.
 */
final class ModuleAnalysis {
  private final AnalysisUnit unit;
  private final AnalysisContext context;

  ModuleAnalysis(AnalysisUnit unit, AnalysisContext context) {
    this.unit = unit;
    this.context = context;
  }

  UnitResult run() {
    UnitReport report = new UnitReport();
    UnitContext evaluation = new UnitContext(unit.name(), context.baseDirectory(), context.settings(), report);
    List<ParsedFile> tfvars = new ArrayList<>();
    String folder = unit.name().equals(".") ? "" : unit.name();
    ModuleDefinition definition = evaluation.loader().root(folder, unit.files(), tfvars);
    ModuleInstance root = ModuleInstance.root(evaluation, definition,
        RootInputs.of(evaluation, definition, tfvars, context.baseDirectory()));
    Emitter emitter = new Emitter(evaluation);
    emitter.emit(root);
    if (evaluation.budget().exceeded()) {
      report.add(Diagnostic.forFile(Diagnostic.Level.WARNING, "evaluation-limit", "the unit needs more evaluation "
          + "than the limits allow, so some of its values are unknown", unit.files().get(0).relativePath()));
    }
    UnitResult.Builder result = UnitResult.builder();
    report.sources().forEach(result::source);
    ResourceGraph.Builder graph = ResourceGraph.builder();
    for (Resource resource : emitter.resources()) {
      result.resource(resource);
      graph.add(resource);
    }
    for (Reference reference : emitter.references()) {
      result.reference(reference);
      graph.add(reference);
    }
    AwsModels.map(graph.build()).forEach(result::model);
    report.diagnostics().forEach(result::diagnostic);
    return result.build();
  }
}
