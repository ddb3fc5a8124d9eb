package dev.bulwark.ansible;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A role: a folder with {@code tasks/}, {@code handlers/}, {@code defaults/}, {@code vars/} and {@code meta/}.
 *
 * @param dir the role's folder, relative to the scan's base directory ({@code ""} when the scan is of the role)
 */
record Role(String dir) {
  /** The role's name, the name of its folder. */
  String name() {
    return Paths.name(dir);
  }

  /**
   * The file {@code name} of subfolder {@code sub} ({@code tasks}, {@code handlers}, ...): {@code name.yml},
   * {@code name.yaml} or {@code name} as written.
   */
  Optional<AnsibleFile> file(ProjectFiles files, String sub, String name) {
    for (String candidate : List.of(name + ".yml", name + ".yaml", name)) {
      Optional<AnsibleFile> file = files.file(Paths.join(dir, sub + "/" + candidate));
      if (file.isPresent()) {
        return file;
      }
    }
    return Optional.empty();
  }

  /** The variable files of {@code sub} ({@code defaults} or {@code vars}): {@code name.yml} or folder {@code name/}. */
  List<AnsibleFile> varsFiles(ProjectFiles files, String sub, String name) {
    List<AnsibleFile> found = new ArrayList<>();
    file(files, sub, name).ifPresent(found::add);
    files.under(Paths.join(dir, sub + "/" + name)).stream()
        .filter(file -> Paths.isYaml(file.path()))
        .forEach(found::add);
    return found;
  }
}
