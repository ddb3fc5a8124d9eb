package dev.bulwark.ansible;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.document.Documents;
import dev.bulwark.core.document.YamlDocuments;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The YAML files of one project, each read and parsed once, by path. */
final class ProjectFiles {
  private final TreeMap<String, AnsibleFile> files;

  private ProjectFiles(TreeMap<String, AnsibleFile> files) {
    this.files = files;
  }

  static ProjectFiles read(AnalysisUnit unit, ScanSettings settings) {
    TreeMap<String, AnsibleFile> files = new TreeMap<>();
    for (SourceFile file : unit.files()) {
      files.put(file.relativePath(), read(file, settings));
    }
    return new ProjectFiles(files);
  }

  private static AnsibleFile read(SourceFile file, ScanSettings settings) {
    SourceText source;
    try {
      source = file.read();
    } catch (IOException e) {
      return new AnsibleFile(file.relativePath(), Optional.empty(), Optional.empty(), 0,
          List.of(Diagnostic.unreadable(file.relativePath(), e)));
    }
    Documents documents = YamlDocuments.read(source, settings);
    return new AnsibleFile(file.relativePath(), Optional.of(source),
        documents.documents().stream().findFirst(), documents.documents().size(), documents.errors());
  }

  Optional<AnsibleFile> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  Collection<AnsibleFile> all() {
    return files.values();
  }

  /** The files inside {@code folder}, in path order. */
  Collection<AnsibleFile> under(String folder) {
    if (folder.isEmpty()) {
      return files.values();
    }
    Map<String, AnsibleFile> below = files.subMap(folder + "/", folder + "0");
    return below.values();
  }
}
