package dev.bulwark.ansible;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles of a project: every folder with a {@code tasks/main.yml}, and every {@code roles/NAME/} folder with a
 * role's subfolders. Finds a role by name the way Ansible searches for it.
 */
final class Roles {
  static final Set<String> SUBFOLDERS = Set.of("tasks", "handlers", "defaults", "vars", "meta", "files",
      "templates", "library");

  private final TreeSet<String> dirs = new TreeSet<>();

  Roles(ProjectFiles files) {
    for (AnsibleFile file : files.all()) {
      String[] segments = file.path().split("/");
      int n = segments.length;
      if (n >= 2 && segments[n - 2].equals("tasks") && Paths.stem(segments[n - 1]).equals("main")) {
        dirs.add(String.join("/", List.of(segments).subList(0, n - 2)));
      }
      for (int i = 0; i + 2 < n - 1; i++) {
        if (segments[i].equals("roles") && SUBFOLDERS.contains(segments[i + 2])) {
          dirs.add(String.join("/", List.of(segments).subList(0, i + 2)));
        }
      }
    }
  }

  List<Role> all() {
    return dirs.stream().map(Role::new).toList();
  }

  /** The role that {@code path} belongs to, with the subfolder it is in (e.g. {@code tasks}). */
  Optional<Placed> roleOf(String path) {
    String folder = Paths.parent(path);
    while (!folder.isEmpty()) {
      String parent = Paths.parent(folder);
      if (dirs.contains(parent) && SUBFOLDERS.contains(Paths.name(folder))) {
        return Optional.of(new Placed(new Role(parent), Paths.name(folder)));
      }
      folder = parent;
    }
    return Optional.empty();
  }

  /** A file's role and the role subfolder it lies in. */
  record Placed(Role role, String subfolder) {}

  /**
   * The role {@code name} (a name, or a relative path) refers to from a play in {@code playbookDir} or from inside
   * {@code current}: looked up in {@code roles/} beside the playbook, beside the playbook, beside the current role,
   * and in {@code roles/} of each folder above the playbook (as a configured {@code roles_path} would).
   */
  Optional<Role> find(String name, String playbookDir, Optional<Role> current) {
    List<String> candidates = new ArrayList<>();
    Paths.resolve(playbookDir, "roles/" + name).ifPresent(candidates::add);
    Paths.resolve(playbookDir, name).ifPresent(candidates::add);
    current.flatMap(role -> Paths.resolve(Paths.parent(role.dir()), name)).ifPresent(candidates::add);
    for (String folder = playbookDir; !folder.isEmpty(); ) {
      folder = Paths.parent(folder);
      Paths.resolve(folder, "roles/" + name).ifPresent(candidates::add);
    }
    return candidates.stream().filter(dirs::contains).findFirst().map(Role::new);
  }
}
