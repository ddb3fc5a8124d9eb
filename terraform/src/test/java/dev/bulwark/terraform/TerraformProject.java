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

/** Writes Terraform files into a folder and analyses them as one module, for tests. */
public final class TerraformProject {
  private final Path folder;
  private final List<SourceFile> files = new ArrayList<>();

  public TerraformProject(Path folder) {
    this.folder = folder;
  }

  public TerraformProject file(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    files.add(new SourceFile(file, name, Files.size(file)));
    return this;
  }

  public UnitResult analyze() {
    TerraformFrontend frontend = new TerraformFrontend();
    AnalysisUnit unit = frontend.group(files).get(0);
    return frontend.analyze(unit, AnalysisContext.of(ScanSettings.DEFAULTS));
  }
}
