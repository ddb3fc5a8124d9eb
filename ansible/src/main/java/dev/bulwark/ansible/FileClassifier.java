package dev.bulwark.ansible;

import dev.bulwark.core.document.DocNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether a YAML file is Ansible, and which kind, by its place and its content. Role task, handler,
 * default and variable files and {@code group_vars}/{@code host_vars} are Ansible by place; elsewhere a list of
 * plays is a playbook and a list of tasks is a task file. Everything else (CloudFormation templates, Kubernetes
 * manifests, Compose files, CI workflows, Galaxy requirements, a role's data files) is not Ansible.
 */
final class FileClassifier {
  private static final Set<String> REQUIREMENTS = Set.of("requirements.yml", "requirements.yaml");
  private static final Set<String> PLAY_MARKERS = Set.of("hosts", "import_playbook", "ansible.builtin.import_playbook");

  private final Roles roles;
  private final ModuleCatalog modules = ModuleCatalog.get();

  FileClassifier(Roles roles) {
    this.roles = roles;
  }

  FileKind classify(AnsibleFile file) {
    String path = file.path();
    if (REQUIREMENTS.contains(Paths.name(path))) {
      return FileKind.OTHER;
    }
    Optional<Roles.Placed> placed = roles.roleOf(path);
    if (placed.isPresent()) {
      return switch (placed.get().subfolder()) {
        case "tasks", "handlers" -> FileKind.TASKS;
        case "defaults", "vars" -> isVariables(file) ? FileKind.VARS : FileKind.OTHER;
        case "meta" -> Paths.stem(path).equals("main") && Paths.name(Paths.parent(path)).equals("meta")
            ? FileKind.ROLE_META
            : FileKind.OTHER;
        default -> FileKind.OTHER;
      };
    }
    if (isInVarsFolder(path)) {
      return isVariables(file) ? FileKind.VARS : FileKind.OTHER;
    }
    Optional<List<DocNode>> items = file.items();
    if (items.isEmpty() || items.get().isEmpty()
        || !items.get().stream().allMatch(DocNode.Mapping.class::isInstance)) {
      return FileKind.OTHER;
    }
    List<DocNode.Mapping> mappings = items.get().stream().map(DocNode.Mapping.class::cast).toList();
    if (isPlaybook(mappings)) {
      return FileKind.PLAYBOOK;
    }
    return isTaskList(mappings) ? FileKind.TASKS : FileKind.OTHER;
  }

  private static boolean isInVarsFolder(String path) {
    List<String> folders = List.of(Paths.parent(path).split("/"));
    return folders.contains("group_vars") || folders.contains("host_vars");
  }

  /** A mapping (or an empty file) that is not a CloudFormation template. */
  static boolean isVariables(AnsibleFile file) {
    if (file.isEmpty()) {
      return true;
    }
    return file.mapping().filter(mapping -> !isCloudFormation(mapping)).isPresent();
  }

  private static boolean isCloudFormation(DocNode.Mapping mapping) {
    if (mapping.entry("AWSTemplateFormatVersion").isPresent()) {
      return true;
    }
    return mapping.get("Resources").filter(DocNode.Mapping.class::isInstance)
        .map(resources -> ((DocNode.Mapping) resources).entries().stream()
            .anyMatch(entry -> entry.value() instanceof DocNode.Mapping resource && resource.get("Type")
                .filter(type -> type instanceof DocNode.Scalar scalar && scalar.text().startsWith("AWS::"))
                .isPresent()))
        .orElse(false);
  }

  private static boolean isPlaybook(List<DocNode.Mapping> items) {
    boolean marked = false;
    for (DocNode.Mapping item : items) {
      boolean play = keys(item).anyMatch(PLAY_MARKERS::contains);
      if (!play && !keys(item).anyMatch(key -> key.equals("include") || Keywords.PLAY.contains(key))) {
        return false;
      }
      marked |= play;
    }
    return marked;
  }

  private boolean isTaskList(List<DocNode.Mapping> items) {
    boolean ansible = false;
    for (DocNode.Mapping item : items) {
      List<DocNode.Entry> actions = item.entries().stream()
          .filter(entry -> !(entry.key() instanceof DocNode.Scalar key) || !Keywords.isTaskKeyword(key.text()))
          .toList();
      if (actions.size() > 1) {
        return false;
      }
      ansible |= item.entry("block").isPresent() || actions.stream().anyMatch(action -> isAction(item, action));
    }
    return ansible;
  }

  /** A known module, a fully qualified name, or a named task whose arguments are a mapping. */
  private boolean isAction(DocNode.Mapping task, DocNode.Entry action) {
    if (!(action.key() instanceof DocNode.Scalar key)) {
      return false;
    }
    if (modules.resolve(key.text()).isPresent() || key.text().chars().filter(c -> c == '.').count() >= 2) {
      return true;
    }
    boolean mappingArguments = action.value() instanceof DocNode.Mapping
        || action.value() instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.Kind.NULL;
    return task.entry("name").isPresent() && mappingArguments;
  }

  private static Stream<String> keys(DocNode.Mapping mapping) {
    return mapping.entries().stream()
        .filter(entry -> entry.key() instanceof DocNode.Scalar)
        .map(entry -> ((DocNode.Scalar) entry.key()).text());
  }
}
