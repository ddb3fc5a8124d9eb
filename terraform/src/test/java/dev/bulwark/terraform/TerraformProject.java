package dev.bulwark.terraform;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Terraform files into a folder (the scan's base directory) and analyses them as the front end does: grouped
 * into units, each analysed with the folder as base directory.
 */
public final class TerraformProject {
  private final Path folder;
  private final List<SourceFile> files = new ArrayList<>();
  private ScanSettings settings = ScanSettings.DEFAULTS;

  public TerraformProject(Path folder) {
    this.folder = folder;
  }

  /** Writes {@code text} to {@code path} (relative, {@code /}-separated) and scans it. */
  public TerraformProject file(String path, String text) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    files.add(new SourceFile(file, path, Files.size(file)));
    return this;
  }

  public TerraformProject settings(ScanSettings chosen) {
    this.settings = chosen;
    return this;
  }

  /** The units the front end makes of the files. */
  public List<AnalysisUnit> units() {
    return new TerraformFrontend().group(files);
  }

  /** The result of the unit of the base directory, or of the first unit. */
  public UnitResult analyze() {
    List<AnalysisUnit> units = units();
    return analyze(units.stream().filter(u -> u.name().equals(".")).findFirst().orElse(units.get(0)));
  }

  /** The result of {@code unit}. */
  public UnitResult analyze(AnalysisUnit unit) {
    return new TerraformFrontend().analyze(unit, AnalysisContext.of(settings, folder));
  }
}
