package dev.bulwark.terraform;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.LocalFiles;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.terraform.models.ProviderModels;
import dev.bulwark.terraform.models.ProviderVersions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyses one unit: each of its root module folders in turn, with the local modules they call (read once for
 * all of them), giving the root's variables their values, evaluating every instance of every module, and mapping
 * each root's graph to the shared models with the defaults of the provider releases it selects. Each root is a unit
 * of the graph of its own ({@code ResourceId.unit}).
 * A root with a plan beside it (a plan file among the unit's files) leaves its registry and git module calls to the
 * plan, which holds what they make, instead of modelling them from the module's documented defaults.
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
    ModuleLoader loader = new ModuleLoader(context.baseDirectory(), context.settings(), report);
    LocalFiles files = new LocalFiles(context.baseDirectory(), context.settings());
    Map<String, List<SourceFile>> roots = new LinkedHashMap<>();
    Set<String> planned = new HashSet<>();
    for (SourceFile file : unit.files()) {
      if (PlanAnalysis.mayBePlan(file.relativePath())) {
        planned.add(file.folder());
      } else {
        roots.computeIfAbsent(file.folder(), folder -> new ArrayList<>()).add(file);
      }
    }
    UnitResult.Builder result = UnitResult.builder();
    roots.forEach((folder, members) -> root(folder, members, new UnitContext(folder.isEmpty() ? "." : folder,
        context.settings(), report, loader, files, planned.contains(folder)), result));
    report.sources().forEach(result::source);
    report.diagnostics().forEach(result::diagnostic);
    return result.build();
  }

  private void root(String folder, List<SourceFile> members, UnitContext evaluation, UnitResult.Builder result) {
    List<ParsedFile> tfvars = new ArrayList<>();
    ModuleDefinition definition = evaluation.loader().root(folder, members, tfvars);
    ModuleInstance root = ModuleInstance.root(evaluation, definition,
        RootInputs.of(evaluation, definition, tfvars, context));
    Emitter emitter = new Emitter(evaluation);
    emitter.emitRoot(root);
    List<ModuleDefinition> modules = evaluation.loader().readCallees(definition);
    if (evaluation.budget().exceeded()) {
      evaluation.report().add(Diagnostic.forFile(Diagnostic.Level.WARNING, "evaluation-limit", "the module needs "
          + "more evaluation than the limits allow, so some of its values are unknown", members.get(0).relativePath()));
    }
    List<Resource> resources = emitter.resources();
    List<Reference> references = emitter.references();
    resources.forEach(result::resource);
    references.forEach(result::reference);
    List<Resource> mapped = evaluation.planBeside()
        ? resources.stream().filter(resource -> resource.kind() != ResourceKind.MODULE_CALL).toList()
        : resources;
    ProviderVersions versions = ProviderPins.of(evaluation.loader().lockFile(definition), modules);
    ProviderModels.map(mapped, references, versions).forEach(result::model);
  }
}
