package dev.bulwark.ansible;

import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups YAML files into projects, the jobs the front end analyses: includes, role lookups and inventory
 * variables resolve within a project. Starting from the scan's base folder, a folder is one project with
 * everything below it when it holds a YAML file itself, has a {@code roles}, {@code group_vars} or
 * {@code host_vars} folder, is a role, or holds mostly roles; otherwise each of its subfolders is looked at
 * the same way. So a repository of playbooks and roles is one project, and a folder of unrelated
 * repositories is split into them.
 */
final class Projects {
  private static final Set<String> ANCHORS = Set.of("roles", "group_vars", "host_vars");
  private static final Set<String> ROLE_PARTS = Set.of("tasks", "handlers", "defaults", "vars", "meta");

  private final Map<String, List<SourceFile>> direct = new TreeMap<>();
  private final Map<String, Set<String>> children = new TreeMap<>();
  private final Map<String, List<SourceFile>> below = new TreeMap<>();

  private Projects(List<SourceFile> files) {
    for (SourceFile file : files) {
      String folder = file.folder();
      direct.computeIfAbsent(folder, key -> new ArrayList<>()).add(file);
      for (String f = folder; ; f = Paths.parent(f)) {
        below.computeIfAbsent(f, key -> new ArrayList<>()).add(file);
        if (f.isEmpty()) {
          break;
        }
        children.computeIfAbsent(Paths.parent(f), key -> new TreeSet<>()).add(f);
      }
    }
  }

  static List<AnalysisUnit> group(List<SourceFile> files) {
    Projects projects = new Projects(files);
    List<AnalysisUnit> units = new ArrayList<>();
    if (!files.isEmpty()) {
      projects.split("", units);
    }
    return units;
  }

  private void split(String folder, List<AnalysisUnit> units) {
    if (isProject(folder)) {
      units.add(new AnalysisUnit(folder.isEmpty() ? "." : folder, below.get(folder)));
      return;
    }
    for (String child : children.getOrDefault(folder, Set.of())) {
      split(child, units);
    }
  }

  private boolean isProject(String folder) {
    Set<String> subfolders = children.getOrDefault(folder, Set.of());
    if (direct.containsKey(folder) || isRole(folder)
        || subfolders.stream().anyMatch(child -> ANCHORS.contains(Paths.name(child)))) {
      return true;
    }
    long roles = subfolders.stream().filter(this::isRole).count();
    return roles > 0 && roles * 2 >= subfolders.size();
  }

  private boolean isRole(String folder) {
    return children.getOrDefault(folder, Set.of()).stream().anyMatch(child -> ROLE_PARTS.contains(Paths.name(child)));
  }
}
