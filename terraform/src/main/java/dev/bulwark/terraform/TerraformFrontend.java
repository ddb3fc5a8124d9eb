package dev.bulwark.terraform;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The Terraform front end: {@code .tf} and {@code .tfvars} files (and OpenTofu's {@code .tofu} files), in native or
 * JSON syntax, and plans or states in JSON ({@code terraform show -json}, told from other JSON files by their first
 * bytes). Each root module folder is a unit, analysed with the local modules it calls (see {@link UnitPlan} for
 * which folders are roots).
 */
public final class TerraformFrontend implements Frontend {
  /** The format name of Terraform resources. */
  public static final String FORMAT = "terraform";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean claims(String relativePath) {
    return TerraformFiles.isConfiguration(relativePath) || TerraformFiles.isVariables(relativePath)
        || PlanAnalysis.mayBePlan(relativePath);
  }

  /**
   * Module folders as {@link UnitPlan} groups them, and each plan or state file, followed by the configuration files
   * of its folder, which it then leaves to their own unit; that unit gets the plan too, and leaves it the registry and
   * git module calls of that folder.
   */
  @Override
  public List<AnalysisUnit> group(List<SourceFile> files) {
    List<SourceFile> configuration = files.stream().filter(file -> !PlanAnalysis.mayBePlan(file.relativePath()))
        .toList();
    List<AnalysisUnit> units = new ArrayList<>(UnitPlan.units(configuration));
    List<AnalysisUnit> plans = new ArrayList<>();
    files.stream().filter(PlanAnalysis::isPlan).forEach(plan -> {
      List<SourceFile> members = new ArrayList<>(List.of(plan));
      configuration.stream().filter(file -> file.folder().equals(plan.folder())
          && TerraformFiles.isConfiguration(file.relativePath())).forEach(members::add);
      plans.add(new AnalysisUnit(plan.relativePath(), members));
      if (members.size() > 1) {
        units.replaceAll(unit -> unit.files().contains(members.get(1)) ? withFile(unit, plan) : unit);
      }
    });
    units.addAll(plans);
    return units;
  }

  /** {@code unit} with {@code plan} among its files, telling it that a plan covers its root's module calls. */
  private static AnalysisUnit withFile(AnalysisUnit unit, SourceFile plan) {
    List<SourceFile> files = new ArrayList<>(unit.files());
    files.add(plan);
    return new AnalysisUnit(unit.name(), files);
  }

  @Override
  public UnitResult analyze(AnalysisUnit unit, AnalysisContext context) {
    return PlanAnalysis.mayBePlan(unit.files().get(0).relativePath())
        ? new PlanAnalysis(unit, context).run()
        : new ModuleAnalysis(unit, context).run();
  }
}
