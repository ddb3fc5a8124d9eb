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
 * Runs roles: a play's {@code roles:}, {@code include_role} and {@code import_role}, and role dependencies. A role
 * name that is a template the resolver cannot evaluate, or a role that is not in the scan, is a note.
 */
final class RoleCalls {
  private final Project project;
  private final TaskWalker walker;
  private final String playbookDir;

  RoleCalls(Project project, TaskWalker walker, String playbookDir) {
    this.project = project;
    this.walker = walker;
    this.playbookDir = playbookDir;
  }

  /** Which files of a role a call uses. */
  record RoleOptions(String tasksFrom, String varsFrom, String defaultsFrom, String handlersFrom) {
    static final RoleOptions MAIN = new RoleOptions("main", "main", "main", "main");
  }

  Scope includeRole(DocNode.Mapping task, Action action, Scope scope, Frame frame) {
    Scope current = scope;
    for (Iteration iteration : Iteration.of(task, scope)) {
      Scope here = iteration.scope().withFactsOf(current);
      if (!iteration.mayRun(task, here)) {
        continue;
      }
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

  /**
   * An entry of a play's {@code roles:} or of a role's {@code dependencies:}: a name, or a mapping (left out when it
   * can never run, {@link NeverRun}) whose module defaults and check mode apply to the role's tasks.
   */
  Scope roleEntry(DocNode entry, Scope scope, Frame frame) {
    Frame call = frame;
    Optional<Layer> parameters = Optional.empty();
    if (entry instanceof DocNode.Mapping mapping) {
      Scope own = TaskWalker.withVars(mapping, scope, Precedence.ROLE_PARAMS);
      if (NeverRun.test(mapping, own)) {
        return scope;
      }
      call = mapping.get("module_defaults").map(d -> frame.withDefaults(frame.defaults().with(d))).orElse(frame)
          .withCheckMode(CheckMode.of(mapping, own, frame.checkMode()));
      parameters = Optional.of(parameters(mapping));
    }
    Optional<DocNode> nameNode = entry instanceof DocNode.Mapping mapping
        ? mapping.get("role").or(() -> mapping.get("name"))
        : Optional.of(entry);
    if (nameNode.isEmpty()) {
      return scope;
    }
    Optional<String> name = new Resolver(scope).value(nameNode.get()).asString();
    if (name.isEmpty()) {
      project.note("include-not-resolved", "the role `" + Includes.text(nameNode.get())
          + "` depends on values not known before deployment; its tasks were not analysed", nameNode.get().range());
      return scope;
    }
    Optional<Role> role = find(name.get(), frame, nameNode.get().range());
    if (role.isEmpty()) {
      return scope;
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
    if (project.isCycle(role.dir(), frame, at)) {
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
            frame.checkMode(), roleFrame.stack());
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

}
