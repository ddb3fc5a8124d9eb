package dev.bulwark.terraform;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import java.util.List;

/**
 * The Terraform front end: {@code .tf} and {@code .tfvars} files, in native or JSON syntax. Each root module folder is a unit, analysed with
 * the local modules it calls (see {@link UnitPlan} for which folders are roots).
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
    return TerraformFiles.isConfiguration(relativePath) || TerraformFiles.isVariables(relativePath);
  }

  @Override
  public List<AnalysisUnit> group(List<SourceFile> files) {
    return UnitPlan.units(files);
  }

  @Override
  public UnitResult analyze(AnalysisUnit unit, AnalysisContext context) {
    return new ModuleAnalysis(unit, context).run();
  }
}
