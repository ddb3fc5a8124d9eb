package dev.bulwark.ansible;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes YAML files into a folder and analyses them with the Ansible front end, for tests. */
public final class AnsibleProject {
  private final Path folder;
  private final List<SourceFile> files = new ArrayList<>();
  private ScanSettings settings = ScanSettings.DEFAULTS;

  public AnsibleProject(Path folder) {
    this.folder = folder;
  }

  public AnsibleProject file(String path, String text) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    files.add(new SourceFile(file, path, Files.size(file)));
    return this;
  }

  /** Adds every YAML file below the project's folder, as they are. */
  public AnsibleProject existing() throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String path = folder.relativize(file).toString().replace('\\', '/');
        if (new AnsibleFrontend().claims(path)) {
          files.add(new SourceFile(file, path, Files.size(file)));
        }
      }
    }
    return this;
  }

  public AnsibleProject settings(ScanSettings chosen) {
    this.settings = chosen;
    return this;
  }

  /** The projects the front end groups the files into. */
  public List<AnalysisUnit> units() {
    return new AnsibleFrontend().group(files);
  }

  /** Analyses every project and merges their results. */
  public UnitResult analyze() {
    AnsibleFrontend frontend = new AnsibleFrontend();
    UnitResult.Builder merged = UnitResult.builder();
    for (AnalysisUnit unit : frontend.group(files)) {
      UnitResult result = frontend.analyze(unit, AnalysisContext.of(settings, folder));
      result.sources().forEach(merged::source);
      result.resources().forEach(merged::resource);
      result.references().forEach(merged::reference);
      result.models().forEach(merged::model);
      result.diagnostics().forEach(merged::diagnostic);
    }
    return merged.build();
  }

  /** The resources of {@code result} by {@code unit#address}. */
  public static Map<String, Resource> byId(UnitResult result) {
    return result.resources().stream()
        .collect(Collectors.toMap(resource -> resource.id().toString(), Function.identity()));
  }
}
