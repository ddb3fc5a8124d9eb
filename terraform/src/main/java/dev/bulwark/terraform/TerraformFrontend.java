package dev.bulwark.terraform;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Terraform front end: {@code .tf} and {@code .tfvars} files, analysed one module folder at a time, since
 * names resolve across the files of a folder.
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
    return relativePath.endsWith(".tf") || relativePath.endsWith(".tfvars");
  }

  @Override
  public List<AnalysisUnit> group(List<SourceFile> files) {
    Map<String, List<SourceFile>> byFolder = new TreeMap<>();
    for (SourceFile file : files) {
      byFolder.computeIfAbsent(file.folder(), folder -> new ArrayList<>()).add(file);
    }
    List<AnalysisUnit> units = new ArrayList<>();
    byFolder.forEach((folder, members) -> units.add(new AnalysisUnit(folder.isEmpty() ? "." : folder, members)));
    return units;
  }

  @Override
  public UnitResult analyze(AnalysisUnit unit, AnalysisContext context) {
    return new ModuleAnalysis(unit, context).run();
  }
}
