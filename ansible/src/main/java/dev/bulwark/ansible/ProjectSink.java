package dev.bulwark.ansible;

import dev.bulwark.core.Diagnostic;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the walks of one project share: diagnostics (each once), and the files they reached and read. */
final class ProjectSink {
  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
  private final Set<String> reached = new LinkedHashSet<>();
  private final Set<String> used = new LinkedHashSet<>();

  void diagnostic(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  Set<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Records that a walk entered task file {@code path} (so it is not analysed on its own). */
  void reached(String path) {
    reached.add(path);
    used.add(path);
  }

  boolean isReached(String path) {
    return reached.contains(path);
  }

  /** Records that a walk read {@code path} (a vars file, say), which makes it an Ansible file of the scan. */
  void used(String path) {
    used.add(path);
  }

  Set<String> used() {
    return used;
  }
}
