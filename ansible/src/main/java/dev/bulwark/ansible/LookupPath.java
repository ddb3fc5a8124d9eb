package dev.bulwark.ansible;

import dev.bulwark.core.frontend.LocalFiles;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a task's {@code file} and {@code template} lookups find the file they name, as Ansible searches: the task's
 * role, the folder of the task's file, then the playbook's folder; in each, the plugin's subfolder ({@code files},
 * {@code templates}) first, then the folder itself. Only files of the scanned tree are read; an absolute path or one
 * that leaves the scan is not.
 *
 * @param files       reads the scanned tree's files
 * @param base        the scan's base directory, which the relative paths below start from
 * @param directories the folders to search, in order, relative to {@code base}
 */
record LookupPath(LocalFiles files, Path base, List<String> directories) {
  LookupPath {
    directories = List.copyOf(directories);
  }

  /** The search path of a task in {@code frame}, whose play's playbook is in {@code playbookDir}. */
  static LookupPath of(LocalFiles files, Path base, Frame frame, String playbookDir) {
    Set<String> directories = new LinkedHashSet<>();
    frame.role().ifPresent(role -> directories.add(role.dir()));
    directories.add(Paths.parent(frame.file()));
    directories.add(playbookDir);
    return new LookupPath(files, base, List.copyOf(directories));
  }

  /** The text of the file that lookup {@code plugin} names {@code term}; empty when none is found. */
  Optional<String> read(String plugin, String term) {
    String subfolder = plugin.equals("template") ? "templates" : "files";
    if (term.startsWith("/") || term.startsWith("~")) {
      return Optional.empty();
    }
    for (String directory : directories) {
      for (String folder : List.of(Paths.join(directory, subfolder), directory)) {
        Optional<String> text = Paths.resolve(folder, term).flatMap(path -> files.read(base, path));
        if (text.isPresent()) {
          return text;
        }
      }
    }
    return Optional.empty();
  }
}
