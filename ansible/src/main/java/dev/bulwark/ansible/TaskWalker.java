package dev.bulwark.ansible;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks task lists in order, threading variables through them: blocks, includes and roles are entered, facts
 * set along the way hold for later tasks, and every task that calls a cloud module becomes a resource (one per
 * loop item when the loop's items are known). A task whose {@code state} is {@code absent}, {@code terminated},
 * {@code deleted} or {@code list} creates nothing and is left out, and so is a task or block that can never run
 * ({@link NeverRun}), a loop item for which the task's condition is false, and a task or loop item that runs in
 * check mode ({@link CheckMode}), unless it only reads (a data source).
 */
final class TaskWalker {
  private static final int MAX_TASKS = 100_000;
  private static final int MAX_NESTING = 40;
  private static final Set<String> NOT_CREATING = Set.of("absent", "terminated", "deleted", "list");

  private final Project project;
  private final UnitSink unit;
  private final String playbookDir;
  private final Includes includes;
  private final RoleCalls roles;
  private final ModuleCatalog catalog = ModuleCatalog.get();
  private int visited;

  TaskWalker(Project project, UnitSink unit, String playbookDir) {
    this.project = project;
    this.unit = unit;
    this.playbookDir = playbookDir;
    this.includes = new Includes(project, this, playbookDir);
    this.roles = new RoleCalls(project, this, playbookDir);
  }

  Includes includes() {
    return includes;
  }

  RoleCalls roles() {
    return roles;
  }

  /** Walks the task list {@code list} of section {@code section}; returns the scope after it. */
  Scope tasks(Optional<DocNode> list, Scope scope, Frame frame, String section) {
    if (list.isEmpty() || list.get() instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.Kind.NULL) {
      return scope;
    }
    if (!(list.get() instanceof DocNode.Sequence sequence)) {
      project.note("not-a-task-list", "`" + section + "` should be a list of tasks; it was not analysed",
          list.get().range());
      return scope;
    }
    if (frame.stack().size() > MAX_NESTING) {
      project.note("limit-exceeded", "includes nest deeper than " + MAX_NESTING + " levels; not followed",
          sequence.range());
      return scope;
    }
    Scope current = scope;
    List<DocNode> items = sequence.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof DocNode.Mapping task && spend(task)) {
        current = task(task, current, frame.withAddress(frame.at(section + "[" + i + "]")));
      }
    }
    return current;
  }

  private boolean spend(DocNode.Mapping task) {
    if (++visited == MAX_TASKS + 1) {
      project.sink().diagnostic(Diagnostic.at(Diagnostic.Level.WARNING, "limit-exceeded",
          "more than " + MAX_TASKS + " tasks to walk in " + unit.unit() + "; the rest was not analysed",
          task.range()));
    }
    return visited <= MAX_TASKS;
  }

  private Scope task(DocNode.Mapping task, Scope scope, Frame frame) {
    boolean block = task.entry("block").isPresent();
    Scope local = withVars(task, scope, block ? Precedence.BLOCK_VARS : Precedence.TASK_VARS);
    if (NeverRun.test(task, local)) {
      return scope;
    }
    Frame inner = task.get("module_defaults")
        .map(defaults -> frame.withDefaults(frame.defaults().with(defaults)))
        .orElse(frame);
    if (block) {
      Frame body = inner.withCheckMode(CheckMode.of(task, local, frame.checkMode()));
      Scope after = tasks(task.get("block"), local, body, "block");
      after = tasks(task.get("rescue"), local.withFactsOf(after), body, "rescue");
      after = tasks(task.get("always"), local.withFactsOf(after), body, "always");
      return scope.withFactsOf(after);
    }
    Optional<Action> action = Action.of(task, source(frame.file()));
    if (action.isEmpty()) {
      return scope;
    }
    List<ResourceId> created = new ArrayList<>();
    Scope after = perform(task, action.get(), local, inner, created);
    return register(task, action.get(), scope.withFactsOf(after), created);
  }

  private SourceText source(String file) {
    return project.files().file(file).flatMap(AnsibleFile::source).orElseThrow();
  }

  /** {@code scope} with the {@code vars:} of {@code node} added at {@code precedence}. */
  static Scope withVars(DocNode.Mapping node, Scope scope, Precedence precedence) {
    return node.get("vars").filter(DocNode.Mapping.class::isInstance)
        .map(vars -> scope.with(Layer.of(precedence, (DocNode.Mapping) vars, true)))
        .orElse(scope);
  }

  private Scope perform(DocNode.Mapping task, Action action, Scope scope, Frame frame, List<ResourceId> created) {
    Optional<String> builtin = catalog.builtin(action.module());
    if (builtin.isPresent()) {
      Frame included = builtin.get().startsWith("import_")
          ? frame.withCheckMode(CheckMode.of(task, scope, frame.checkMode()))
          : frame;
      return switch (builtin.get()) {
        case "include_tasks", "import_tasks", "include" -> includes.includeTasks(task, action, scope, included);
        case "include_role", "import_role" -> roles.includeRole(task, action, scope, included);
        case "set_fact" -> setFact(task, action, scope, frame);
        case "include_vars" -> includes.includeVars(task, action, scope, frame);
        default -> scope;
      };
    }
    catalog.cloudModule(action.module())
        .ifPresent(module -> created.addAll(resources(task, action, module, scope, frame)));
    return scope;
  }

  private List<ResourceId> resources(DocNode.Mapping task, Action action, String module, Scope scope, Frame frame) {
    List<ResourceId> ids = new ArrayList<>();
    ResourceKind kind = kind(module);
    for (Iteration iteration : Iteration.of(task, scope)) {
      if (!iteration.mayRun(task, iteration.scope())
          || kind == ResourceKind.MANAGED && CheckMode.of(task, iteration.scope(), frame.checkMode())) {
        continue;
      }
      List<DocNode> sources = new ArrayList<>(frame.defaults().sourcesFor(module, catalog));
      sources.addAll(action.arguments());
      Arguments arguments = Arguments.evaluate(sources, iteration.scope(), Optional.of(lookups(frame)),
          action.header());
      boolean creates = arguments.values().get("state").flatMap(Value::asString)
          .map(state -> !NOT_CREATING.contains(state.toLowerCase(Locale.ROOT)))
          .orElse(true);
      if (creates) {
        ResourceId id = new ResourceId(unit.unit(), frame.address() + iteration.suffix());
        Resource resource = new Resource(id, AnsibleFrontend.FORMAT, kind, module, action.header(),
            task.range(), arguments.values());
        unit.resource(resource, arguments);
        ids.add(id);
      }
    }
    return ids;
  }

  /** Where the file and template lookups of a task in {@code frame} search. */
  private LookupPath lookups(Frame frame) {
    return LookupPath.of(project.localFiles(), project.base(), frame, playbookDir);
  }

  private static ResourceKind kind(String module) {
    return module.endsWith("_info") || module.endsWith("_facts") ? ResourceKind.DATA : ResourceKind.MANAGED;
  }

  /** {@code set_fact}: its values, evaluated now; under a condition or in a loop they may or may not be set. */
  private Scope setFact(DocNode.Mapping task, Action action, Scope scope, Frame frame) {
    boolean certain = task.entry("when").isEmpty()
        && task.entries().stream().noneMatch(entry -> entry.key() instanceof DocNode.Scalar key
            && (key.text().equals("loop") || key.text().startsWith("with_")));
    Arguments arguments = Arguments.evaluate(action.arguments(), scope, Optional.of(lookups(frame)),
        action.header());
    Map<String, Binding> bindings = new HashMap<>();
    for (MapEntry entry : arguments.values().entries().values()) {
      if (!entry.key().equals("cacheable")) {
        bindings.put(entry.key(), new Binding(new Binding.Raw.Evaluated(entry.value()), certain,
            Optional.of(entry.range()), List.of()));
      }
    }
    return arguments.opaque()
        ? scope.withFact(Layer.opaque(Precedence.FACTS))
        : scope.withFact(Layer.of(Precedence.FACTS, bindings));
  }

  /** {@code register:}: the task's result, unknown, from the resources it created. */
  private static Scope register(DocNode.Mapping task, Action action, Scope scope, List<ResourceId> created) {
    Optional<DocNode.Entry> register = task.entry("register");
    if (register.isEmpty() || !(register.get().value() instanceof DocNode.Scalar name)) {
      return scope;
    }
    Range at = register.get().key().range().span(name.range());
    Value result = new UnknownValue("registered result of " + action.module(), action.header());
    return scope.withFact(Layer.of(Precedence.FACTS,
        Map.of(name.text(), new Binding(new Binding.Raw.Evaluated(result), true, Optional.of(at), created))));
  }
}
