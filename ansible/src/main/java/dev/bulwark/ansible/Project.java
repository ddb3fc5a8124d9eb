package dev.bulwark.ansible;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.LocalFiles;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every walk of a project shares: its files and their kinds, its roles, its inventory variables, the extra
 * vars of the scan, the sink for diagnostics and reached files, and the reader of the other files its lookups name
 * (relative to the scan's {@code base} directory).
 */
record Project(ProjectFiles files, Roles roles, Map<String, FileKind> kinds, InventoryVars inventory,
    Layer extraVars, ProjectSink sink, LocalFiles localFiles, Path base) {

  FileKind kind(String path) {
    return kinds.getOrDefault(path, FileKind.OTHER);
  }

  /** Whether {@code frame} has entered {@code path} already; a repeated entry is a note and is not followed. */
  boolean isCycle(String path, Frame frame, Range at) {
    if (frame.stack().contains(path)) {
      note("include-cycle", "`" + path + "` includes itself; the repeated include was not followed", at);
      return true;
    }
    return false;
  }

  /** Reports a note about something the analysis could not follow. */
  void note(String code, String message, Range range) {
    sink.diagnostic(Diagnostic.at(Diagnostic.Level.NOTE, code, message, range));
  }
}
