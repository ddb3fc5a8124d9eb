package dev.bulwark.ansible;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows what a task or play brings in from other files: task files ({@code include_tasks},
 * {@code import_tasks}, legacy {@code include}), roles ({@code roles:}, {@code include_role},
 * {@code import_role}, role dependencies) and variable files ({@code vars_files}, {@code include_vars}). Only
 * paths and names known before deployment are followed; a templated one that cannot be resolved, or a file that
 * is not in the scan, is a note.
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

  /** Which files of a role a call uses. */
  record RoleOptions(String tasksFrom, String varsFrom, String defaultsFrom, String handlersFrom) {
    static final RoleOptions MAIN = new RoleOptions("main", "main", "main", "main");
  }

  Scope includeTasks(DocNode.Mapping task, Action action, Scope scope, Frame frame) {
    Optional<DocNode> fileNode = argument(action, "file").or(() -> action.raw().map(DocNode.class::cast));
    if (fileNode.isEmpty()) {
      return scope;
    }
    Scope current = scope;
    for (Iteration iteration : Iteration.of(task, scope)) {
      Scope here = iteration.scope().withFactsOf(current);
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
      if (isCycle(target.get().path(), frame, fileNode.get().range())) {
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

  Scope includeRole(DocNode.Mapping task, Action action, Scope scope, Frame frame) {
    Scope current = scope;
    for (Iteration iteration : Iteration.of(task, scope)) {
      Scope here = iteration.scope().withFactsOf(current);
      MapValue arguments = Arguments.evaluate(action.arguments(), here, action.header()).values();
      Optional<String> name = arguments.get("name").or(() -> arguments.get("role")).flatMap(Value::asString);
      Optional<RoleOptions> options = options(arguments);
      Range at = arguments.entry("name").or(() -> arguments.entry("role")).map(MapEntry::range)
          .orElse(action.header());
      if (name.isEmpty() || options.isEmpty()) {
        project.note("include-not-resolved", "the role to include depends on values not known before deployment;"
            + " its tasks were not analysed", at);
        continue;
      }
      Optional<Role> role = find(name.get(), frame, at);
      if (role.isPresent()) {
        Frame call = frame.withAddress(frame.address() + iteration.suffix());
        current = current.withFactsOf(roleCall(role.get(), here, call, options.get(), Optional.empty(), at));
      }
    }
    return current;
  }

  private static Optional<RoleOptions> options(MapValue arguments) {
    List<String> values = new ArrayList<>();
    for (String key : List.of("tasks_from", "vars_from", "defaults_from", "handlers_from")) {
      Optional<Value> value = arguments.get(key);
      if (value.isPresent() && value.get().asString().isEmpty()) {
        return Optional.empty();
      }
      values.add(value.flatMap(Value::asString).orElse("main"));
    }
    return Optional.of(new RoleOptions(values.get(0), values.get(1), values.get(2), values.get(3)));
  }

  /** An entry of a play's {@code roles:} or of a role's {@code dependencies:}: a name, or a mapping. */
  Scope roleEntry(DocNode entry, Scope scope, Frame frame) {
    Optional<DocNode> nameNode = entry instanceof DocNode.Mapping mapping
        ? mapping.get("role").or(() -> mapping.get("name"))
        : Optional.of(entry);
    if (nameNode.isEmpty()) {
      return scope;
    }
    Optional<String> name = new Resolver(scope).value(nameNode.get()).asString();
    if (name.isEmpty()) {
      project.note("include-not-resolved", "the role `" + text(nameNode.get())
          + "` depends on values not known before deployment; its tasks were not analysed", nameNode.get().range());
      return scope;
    }
    Optional<Role> role = find(name.get(), frame, nameNode.get().range());
    if (role.isEmpty()) {
      return scope;
    }
    Frame call = frame;
    Optional<Layer> parameters = Optional.empty();
    if (entry instanceof DocNode.Mapping mapping) {
      call = mapping.get("module_defaults").map(d -> frame.withDefaults(frame.defaults().with(d))).orElse(frame);
      parameters = Optional.of(parameters(mapping));
    }
    return roleCall(role.get(), scope, call, RoleOptions.MAIN, parameters, nameNode.get().range());
  }

  /** A role entry's parameters: its keys that are not keywords, and its {@code vars:}. */
  private static Layer parameters(DocNode.Mapping entry) {
    List<DocNode.Entry> parameters = new ArrayList<>();
    for (DocNode.Entry item : entry.entries()) {
      if (item.key() instanceof DocNode.Scalar key && !Keywords.ROLE_ENTRY.contains(key.text())) {
        parameters.add(item);
      }
    }
    entry.get("vars").filter(DocNode.Mapping.class::isInstance)
        .ifPresent(vars -> parameters.addAll(((DocNode.Mapping) vars).entries()));
    return Layer.of(Precedence.ROLE_PARAMS, new DocNode.Mapping(parameters, Optional.empty(), entry.range()), true);
  }

  private Optional<Role> find(String name, Frame frame, Range at) {
    Optional<Role> role = project.roles().find(name, playbookDir, frame.role());
    if (role.isEmpty()) {
      project.note("role-not-found", "the role `" + name + "` is not in the scan; its tasks were not analysed", at);
    }
    return role;
  }

  /**
   * Runs {@code role}: its defaults, vars and parameters apply to its dependencies, tasks and handlers, which are
   * walked in that order at the caller's address.
   */
  Scope roleCall(Role role, Scope scope, Frame frame, RoleOptions options, Optional<Layer> parameters, Range at) {
    if (isCycle(role.dir(), frame, at)) {
      return scope;
    }
    Scope inside = roleScope(role, scope, options, at);
    if (parameters.isPresent()) {
      inside = inside.with(parameters.get());
    }
    Frame roleFrame = frame.enter(role.dir(), Optional.of(role), frame.address(), role.dir());
    Scope after = dependencies(role, inside, roleFrame);
    for (String section : List.of("tasks", "handlers")) {
      String from = section.equals("tasks") ? options.tasksFrom() : options.handlersFrom();
      Optional<AnsibleFile> file = role.file(project.files(), section, from);
      if (file.isPresent()) {
        project.sink().reached(file.get().path());
        Frame sectionFrame = new Frame(file.get().path(), Optional.of(role), frame.address(), frame.defaults(),
            roleFrame.stack());
        after = walker.tasks(file.get().document(), inside.withFactsOf(after), sectionFrame, section);
      } else if (!from.equals("main")) {
        project.note("include-not-found", "the role `" + role.name() + "` has no " + section + " file `" + from
            + "`", at);
      }
    }
    return scope.withFactsOf(after);
  }

  private Scope dependencies(Role role, Scope scope, Frame frame) {
    Optional<DocNode> dependencies = role.file(project.files(), "meta", "main")
        .flatMap(AnsibleFile::mapping).flatMap(meta -> meta.get("dependencies"));
    Scope current = scope;
    if (dependencies.isPresent() && dependencies.get() instanceof DocNode.Sequence list) {
      for (int i = 0; i < list.items().size(); i++) {
        current = roleEntry(list.items().get(i), current, frame.withAddress(frame.at("dependencies[" + i + "]")));
      }
    }
    return current;
  }

  /** {@code scope} with the role's defaults and vars, and its special variables (placed at {@code at}). */
  Scope roleScope(Role role, Scope scope, RoleOptions options, Range at) {
    Scope inside = scope;
    for (AnsibleFile defaults : role.varsFiles(project.files(), "defaults", options.defaultsFrom())) {
      inside = withFile(inside, defaults, Precedence.ROLE_DEFAULTS);
    }
    for (AnsibleFile vars : role.varsFiles(project.files(), "vars", options.varsFrom())) {
      inside = withFile(inside, vars, Precedence.ROLE_VARS);
    }
    return inside.with(Layer.of(Precedence.SPECIAL, Map.of(
        "role_path", Binding.evaluated(new StringValue("/" + role.dir(), at), Optional.empty()),
        "role_name", Binding.evaluated(new StringValue(role.name(), at), Optional.empty()))));
  }

  private Scope withFile(Scope scope, AnsibleFile file, Precedence precedence) {
    project.sink().used(file.path());
    return file.mapping().map(mapping -> scope.with(Layer.of(precedence, mapping, true))).orElse(scope);
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
      bases.add(role.dir() + "/" + sub);
      bases.add(role.dir());
    });
    bases.add(Paths.parent(frame.file()));
    bases.add(Paths.parent(frame.file()) + "/" + sub);
    bases.add(playbookDir);
    return bases.stream()
        .map(base -> Paths.resolve(base, path))
        .flatMap(Optional::stream)
        .map(resolved -> project.files().file(resolved))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private boolean isCycle(String entered, Frame frame, Range at) {
    if (frame.stack().contains(entered)) {
      project.note("include-cycle", "`" + entered + "` includes itself; the repeated include was not followed", at);
      return true;
    }
    return false;
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

  private static String text(DocNode node) {
    return node instanceof DocNode.Scalar scalar ? scalar.text() : "...";
  }
}
