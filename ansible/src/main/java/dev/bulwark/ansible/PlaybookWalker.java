package dev.bulwark.ansible;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a playbook, the unit of its resources: each play's variables (inventory vars beside the playbook, play
 * {@code vars}, {@code vars_prompt}, {@code vars_files}), then its {@code pre_tasks}, {@code roles},
 * {@code tasks}, {@code post_tasks} and {@code handlers}. Facts carry over from one play to the next. An imported
 * playbook is a unit of its own and is not walked again here.
 */
final class PlaybookWalker {
  private static final Set<String> IMPORTS = Set.of("import_playbook", "ansible.builtin.import_playbook", "include");
  private static final List<String> SECTIONS = List.of("pre_tasks", "roles", "tasks", "post_tasks", "handlers");

  private final Project project;

  PlaybookWalker(Project project) {
    this.project = project;
  }

  UnitSink walk(AnsibleFile playbook) {
    UnitSink unit = new UnitSink(playbook.path());
    String dir = Paths.parent(playbook.path());
    TaskWalker walker = new TaskWalker(project, unit, dir);
    Scope base = Scope.empty().with(project.extraVars()).with(Layer.of(Precedence.SPECIAL, Map.of("playbook_dir",
        Binding.evaluated(new StringValue("/" + dir, playbook.document().orElseThrow().range()), Optional.empty()))));
    Scope facts = base;
    List<DocNode> plays = playbook.items().orElse(List.of());
    for (int i = 0; i < plays.size(); i++) {
      if (plays.get(i) instanceof DocNode.Mapping play) {
        facts = play(play, i, base.withFactsOf(facts), walker, playbook.path());
      }
    }
    return unit;
  }

  private Scope play(DocNode.Mapping play, int index, Scope scope, TaskWalker walker, String playbook) {
    String dir = Paths.parent(playbook);
    Optional<DocNode.Entry> imported = play.entries().stream()
        .filter(entry -> entry.key() instanceof DocNode.Scalar key && IMPORTS.contains(key.text()))
        .findFirst();
    if (imported.isPresent()) {
      checkImport(imported.get().value(), scope, dir);
      return scope;
    }
    String hosts = play.get("hosts").filter(DocNode.Scalar.class::isInstance)
        .map(node -> ((DocNode.Scalar) node).text()).orElse("");
    Scope inside = scope;
    for (Layer layer : project.inventory().layers(dir, hosts)) {
      inside = inside.with(layer);
    }
    inside = TaskWalker.withVars(play, inside, Precedence.PLAY_VARS);
    inside = withPrompts(play, inside);
    Optional<DocNode> varsFiles = play.get("vars_files");
    if (varsFiles.isPresent() && varsFiles.get() instanceof DocNode.Sequence files) {
      for (DocNode file : files.items()) {
        inside = inside.with(walker.includes().varsFile(file, inside));
      }
    }
    ModuleDefaults defaults = play.get("module_defaults").map(ModuleDefaults.none()::with)
        .orElse(ModuleDefaults.none());
    Frame frame = new Frame(playbook, Optional.empty(), "play[" + index + "]", defaults,
        CheckMode.of(play, inside, false), List.of(playbook));
    for (String section : SECTIONS) {
      inside = section.equals("roles")
          ? roles(play.get("roles"), inside, frame, walker)
          : walker.tasks(play.get(section), inside, frame, section);
    }
    return scope.withFactsOf(inside);
  }

  private static Scope roles(Optional<DocNode> roles, Scope scope, Frame frame, TaskWalker walker) {
    Scope current = scope;
    if (roles.isPresent() && roles.get() instanceof DocNode.Sequence list) {
      for (int i = 0; i < list.items().size(); i++) {
        current = walker.roles().roleEntry(list.items().get(i), current,
            frame.withAddress(frame.at("roles[" + i + "]")));
      }
    }
    return current;
  }

  /** {@code vars_prompt}: values asked for when the play runs, unknown here. */
  private static Scope withPrompts(DocNode.Mapping play, Scope scope) {
    Optional<DocNode> prompts = play.get("vars_prompt");
    if (prompts.isEmpty() || !(prompts.get() instanceof DocNode.Sequence list)) {
      return scope;
    }
    Map<String, Binding> bindings = new HashMap<>();
    for (DocNode prompt : list.items()) {
      if (prompt instanceof DocNode.Mapping mapping
          && mapping.get("name").orElse(null) instanceof DocNode.Scalar name) {
        bindings.put(name.text(), Binding.evaluated(new UnknownValue("vars_prompt", prompt.range()), Optional.empty()));
      }
    }
    return scope.with(Layer.of(Precedence.VARS_PROMPT, bindings));
  }

  private void checkImport(DocNode target, Scope scope, String dir) {
    Optional<String> path = new Resolver(scope).value(target).asString().flatMap(p -> Paths.resolve(dir, p));
    if (path.isEmpty()) {
      project.note("include-not-resolved", "the imported playbook depends on values not known before deployment;"
          + " it was not analysed", target.range());
    } else if (project.files().file(path.get()).isEmpty()) {
      project.note("include-not-found", "the imported playbook `" + path.get() + "` is not in the scan",
          target.range());
    }
  }
}
