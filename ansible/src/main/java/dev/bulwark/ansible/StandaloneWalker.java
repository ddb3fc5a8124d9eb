package dev.bulwark.ansible;

import dev.bulwark.core.Range;
import java.util.List;
import java.util.Optional;

/**
 * Walks a role, or a task file, that no playbook of the scan reaches, as a unit of its own. The role's defaults
 * and vars apply; any other variable may be set by a playbook or inventory the scan does not hold, so it is
 * unknown, even where a {@code default} filter gives a fallback.
 */
final class StandaloneWalker {
  private final Project project;

  StandaloneWalker(Project project) {
    this.project = project;
  }

  UnitSink role(Role role, Range at) {
    UnitSink unit = new UnitSink(role.dir().isEmpty() ? "." : role.dir());
    TaskWalker walker = new TaskWalker(project, unit, home(role));
    Frame frame = new Frame(role.dir(), Optional.of(role), "", ModuleDefaults.none(), false, List.of());
    walker.roles().roleCall(role, outside(), frame, RoleCalls.RoleOptions.MAIN, Optional.empty(), at);
    return unit;
  }

  UnitSink taskFile(AnsibleFile file) {
    UnitSink unit = new UnitSink(file.path());
    Optional<Role> role = project.roles().roleOf(file.path()).map(Roles.Placed::role);
    TaskWalker walker = new TaskWalker(project, unit, role.map(StandaloneWalker::home)
        .orElse(Paths.parent(file.path())));
    Scope scope = outside();
    if (role.isPresent()) {
      scope = walker.roles().roleScope(role.get(), scope, RoleCalls.RoleOptions.MAIN,
          file.document().orElseThrow().range());
    }
    Frame frame = new Frame(file.path(), role, "", ModuleDefaults.none(), false, List.of(file.path()));
    walker.tasks(file.document(), scope, frame, "tasks");
    return unit;
  }

  private Scope outside() {
    return Scope.empty().with(Layer.opaque(Precedence.OUTSIDE)).with(project.extraVars());
  }

  /** The folder a playbook using {@code role} would be in: above {@code roles/}, or beside the role. */
  private static String home(Role role) {
    String parent = Paths.parent(role.dir());
    return Paths.name(parent).equals("roles") ? Paths.parent(parent) : parent;
  }
}
