package dev.bulwark.terraform;

import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides the units of a scan. Each folder is a module. A folder that another folder of the scan calls as a local
 * module is analysed as part of its callers, with their inputs, and not on its own: a module alone has no inputs,
 * and would report again, without them, what its callers report. A folder nobody calls is a root; so is the first
 * folder (by path) of a group that only calls itself in a cycle. Roots that call a module in common (the examples
 * of a module repository) are analysed in one unit, each as its own root, so that the modules they share are read
 * and parsed once. A called folder's other files ({@code .tfvars}) form a unit of their own, so that they are still
 * read and checked.
 */
final class UnitPlan {
  private UnitPlan() {}

  static List<AnalysisUnit> units(List<SourceFile> files) {
    Map<String, List<SourceFile>> byFolder = new TreeMap<>();
    files.forEach(file -> byFolder.computeIfAbsent(file.folder(), folder -> new ArrayList<>()).add(file));
    Map<String, Set<String>> calls = calls(files, byFolder);
    Set<String> called = new HashSet<>();
    calls.values().forEach(called::addAll);
    Map<String, String> rootOf = new HashMap<>();
    Map<String, String> component = new TreeMap<>();
    for (String folder : byFolder.keySet()) {
      if (!called.contains(folder)) {
        addRoot(folder, calls, rootOf, component);
      }
    }
    for (String folder : byFolder.keySet()) {
      if (!rootOf.containsKey(folder)) {
        addRoot(folder, calls, rootOf, component);
      }
    }
    Map<String, List<SourceFile>> groups = new TreeMap<>();
    component.keySet().forEach(root -> groups.computeIfAbsent(find(component, root), first -> new ArrayList<>())
        .addAll(byFolder.get(root)));
    List<AnalysisUnit> units = new ArrayList<>();
    groups.forEach((first, members) -> units.add(new AnalysisUnit(name(first), members)));
    byFolder.forEach((folder, members) -> {
      List<SourceFile> rest = members.stream()
          .filter(file -> !TerraformFiles.isConfiguration(file.relativePath())).toList();
      if (!component.containsKey(folder) && !rest.isEmpty()) {
        units.add(new AnalysisUnit(name(folder), rest));
      }
    });
    return units;
  }

  private static String name(String folder) {
    return folder.isEmpty() ? "." : folder;
  }

  /**
   * Adds {@code root}: the folders it reaches are noted as reached from it, and a root that reaches a folder another
   * root reached joins that root's component, so that the modules they share are read once.
   */
  private static void addRoot(String root, Map<String, Set<String>> calls, Map<String, String> rootOf,
      Map<String, String> component) {
    component.put(root, root);
    Set<String> reached = new HashSet<>();
    reach(root, calls, reached);
    for (String folder : reached) {
      String other = rootOf.putIfAbsent(folder, root);
      if (other != null) {
        String a = find(component, root);
        String b = find(component, other);
        component.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
  }

  private static String find(Map<String, String> component, String root) {
    String current = root;
    while (!component.get(current).equals(current)) {
      current = component.get(current);
    }
    return current;
  }

  private static void reach(String root, Map<String, Set<String>> calls, Set<String> reached) {
    Deque<String> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      String folder = pending.pop();
      if (reached.add(folder)) {
        pending.addAll(calls.getOrDefault(folder, Set.of()));
      }
    }
  }

  /** For each folder, the folders of the scan its configuration files call as local modules. */
  private static Map<String, Set<String>> calls(List<SourceFile> files, Map<String, List<SourceFile>> scan) {
    Map<String, Set<String>> calls = new TreeMap<>();
    scan.keySet().forEach(folder -> calls.put(folder, new TreeSet<>()));
    List<Map.Entry<String, String>> sources = files.parallelStream()
        .filter(file -> TerraformFiles.isConfiguration(file.relativePath()))
        .flatMap(file -> read(file).stream()
            .flatMap(text -> (file.relativePath().endsWith(".json")
                ? JsonModuleSources.of(file.relativePath(), text) : ModuleCallSkim.sources(text)).stream())
            .map(source -> Map.entry(file.folder(), source)))
        .toList();
    for (Map.Entry<String, String> call : sources) {
      String folder = call.getKey();
      resolve(folder, call.getValue())
          .filter(callee -> !callee.equals(folder) && scan.containsKey(callee))
          .ifPresent(calls.get(folder)::add);
    }
    return calls;
  }

  private static Optional<String> read(SourceFile file) {
    try {
      return Optional.of(new String(Files.readAllBytes(file.path()), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code source} (a local path) relative to {@code folder}; empty when it is not local or leaves the scan. */
  static Optional<String> resolve(String folder, String source) {
    if (!ModuleSource.parse(source).isLocal()) {
      return Optional.empty();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (folder + "/" + source).split("/")) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return Optional.of(String.join("/", parts));
  }
}
