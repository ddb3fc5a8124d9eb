package dev.bulwark.ansible;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows the files a task or play brings in: task files ({@code include_tasks}, {@code import_tasks}, legacy
 * {@code include}) and variable files ({@code vars_files}, {@code include_vars}). Only paths known before
 * deployment are followed; a templated one that cannot be resolved, or a file that is not in the scan, is a note.
 */
final class Includes {
  private final Project project;
  private final TaskWalker walker;
  private final String playbookDir;

  Includes(Project project, TaskWalker walker, String playbookDir) {
    this.project = project;
    this.walker = walker;
    this.playbookDir = playbookDir;
  }

  Scope includeTasks(DocNode.Mapping task, Action action, Scope scope, Frame frame) {
    Optional<DocNode> fileNode = argument(action, "file").or(() -> action.raw().map(DocNode.class::cast));
    if (fileNode.isEmpty()) {
      return scope;
    }
    Scope current = scope;
    for (Iteration iteration : Iteration.of(task, scope)) {
      Scope here = iteration.scope().withFactsOf(current);
      if (!iteration.mayRun(task, here)) {
        continue;
      }
      Value path = new Resolver(here).value(fileNode.get());
      if (!(path instanceof StringValue file)) {
        project.note("include-not-resolved", "the tasks file `" + text(fileNode.get())
            + "` depends on values not known before deployment; its tasks were not analysed", fileNode.get().range());
        continue;
      }
      Optional<AnsibleFile> target = locate(file.value(), frame, "tasks");
      if (target.isEmpty()) {
        project.note("include-not-found", "the tasks file `" + file.value() + "` is not in the scan",
            fileNode.get().range());
        continue;
      }
      if (project.isCycle(target.get().path(), frame, fileNode.get().range())) {
        continue;
      }
      project.sink().reached(target.get().path());
      here = withParameters(action, here);
      Optional<Role> role = project.roles().roleOf(target.get().path()).map(Roles.Placed::role).or(frame::role);
      Frame entered = frame.enter(target.get().path(), role, frame.address() + iteration.suffix(),
          target.get().path());
      Scope after = walker.tasks(target.get().document(), here, entered, "tasks");
      current = current.withFactsOf(after);
    }
    return current;
  }

  /** An include's parameters: its own arguments besides the file ({@code include: x.yml a=1}). */
  private static Scope withParameters(Action action, Scope scope) {
    Optional<DocNode.Mapping> inline = inline(action);
    if (inline.isEmpty()) {
      return scope;
    }
    DocNode.Mapping mapping = inline.get();
    List<DocNode.Entry> parameters = mapping.entries().stream()
        .filter(entry -> entry.key() instanceof DocNode.Scalar key && !key.text().equals("file")
            && !key.text().equals("apply"))
        .toList();
    return parameters.isEmpty()
        ? scope
        : scope.with(Layer.of(Precedence.INCLUDE_PARAMS, new DocNode.Mapping(parameters, Optional.empty(),
            mapping.range()), true));
  }

  /** {@code include_vars}: a file's variables as facts from here on; an unresolved one may set anything. */
  Scope includeVars(DocNode.Mapping task, Action action, Scope scope, Frame frame) {
    MapValue arguments = Arguments.evaluate(action.arguments(), scope, action.header()).values();
    Optional<DocNode> fileNode = argument(action, "file").or(() -> action.raw().map(DocNode.class::cast));
    Optional<String> path = fileNode.flatMap(node -> new Resolver(scope).value(node).asString());
    Optional<AnsibleFile> file = path.flatMap(p -> locate(p, frame, "vars"))
        .filter(found -> found.mapping().isPresent());
    if (file.isEmpty()) {
      Range at = fileNode.map(DocNode::range).orElse(action.header());
      project.note(path.isPresent() ? "include-not-found" : "include-not-resolved",
          "the variables of this include_vars could not be read; any variable it may set is unknown", at);
      return scope.withFact(Layer.opaque(Precedence.INCLUDE_VARS));
    }
    project.sink().used(file.get().path());
    boolean certain = task.entry("when").isEmpty();
    DocNode.Mapping variables = file.get().mapping().get();
    Optional<String> namespace = arguments.get("name").flatMap(Value::asString);
    Layer layer = namespace
        .map(name -> Layer.of(Precedence.INCLUDE_VARS, Map.of(name, new Binding(new Binding.Raw.Written(variables),
            certain, Optional.of(variables.range()), List.of()))))
        .orElseGet(() -> Layer.of(Precedence.INCLUDE_VARS, variables, certain));
    return scope.withFact(layer);
  }

  /** A play's {@code vars_files} entry: a path, or a list of paths of which the first found is used. */
  Layer varsFile(DocNode entry, Scope scope) {
    List<DocNode> candidates = entry instanceof DocNode.Sequence list ? list.items() : List.of(entry);
    for (DocNode candidate : candidates) {
      Optional<String> path = new Resolver(scope).value(candidate).asString()
          .flatMap(p -> Paths.resolve(playbookDir, p));
      Optional<DocNode.Mapping> variables = path.flatMap(p -> project.files().file(p))
          .flatMap(AnsibleFile::mapping);
      if (variables.isPresent()) {
        project.sink().used(path.get());
        return Layer.of(Precedence.VARS_FILES, variables.get(), true);
      }
    }
    project.note("include-not-found", "the vars file `" + text(entry) + "` could not be read; any variable it may "
        + "set is unknown", entry.range());
    return Layer.opaque(Precedence.VARS_FILES);
  }

  /**
   * The file {@code path} refers to from a task in {@code frame}: relative to the role's {@code sub} folder and
   * the role, then to the including file's folder, then to the playbook's folder.
   */
  private Optional<AnsibleFile> locate(String path, Frame frame, String sub) {
    List<String> bases = new ArrayList<>();
    frame.role().ifPresent(role -> {
      bases.add(Paths.join(role.dir(), sub));
      bases.add(role.dir());
    });
    bases.add(Paths.parent(frame.file()));
    bases.add(Paths.join(Paths.parent(frame.file()), sub));
    bases.add(playbookDir);
    return bases.stream()
        .map(base -> Paths.resolve(base, path))
        .flatMap(Optional::stream)
        .map(resolved -> project.files().file(resolved))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The argument {@code key} of the action's own mapping ({@code include_tasks: {file: x}}). */
  private static Optional<DocNode> argument(Action action, String key) {
    return inline(action).flatMap(mapping -> mapping.get(key));
  }

  /** The arguments written with the action itself, when they are a mapping. */
  private static Optional<DocNode.Mapping> inline(Action action) {
    List<DocNode> arguments = action.arguments();
    return arguments.isEmpty() || !(arguments.get(arguments.size() - 1) instanceof DocNode.Mapping mapping)
        ? Optional.empty()
        : Optional.of(mapping);
  }

  /** A node's text for a message. */
  static String text(DocNode node) {
    return node instanceof DocNode.Scalar scalar ? scalar.text() : "...";
  }
}
