package dev.bulwark.core.report;

import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScannedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds SARIF locations relative to {@code %SRCROOT%}. Each scanned file is an artifact; a location in a scanned
 * file carries the artifact's index, the artifact's own location does not.
 */
final class SarifLocations {
  private final List<Sarif.Artifact> artifacts = new ArrayList<>();
  private final Map<String, Integer> indexes = new HashMap<>();

  SarifLocations(List<ScannedFile> files) {
    for (ScannedFile file : files) {
      if (indexes.putIfAbsent(file.path(), artifacts.size()) == null) {
        artifacts.add(new Sarif.Artifact(
            new Sarif.ArtifactLocation(UriReferences.relative(file.path()), Sarif.SRCROOT, null), file.bytes()));
      }
    }
  }

  List<Sarif.Artifact> artifacts() {
    return List.copyOf(artifacts);
  }

  /** A whole file. */
  Sarif.PhysicalLocation file(String path) {
    return new Sarif.PhysicalLocation(location(path), null, null);
  }

  /** A region without its text. */
  Sarif.PhysicalLocation region(Range range) {
    return new Sarif.PhysicalLocation(location(range.file()), region(range, null), null);
  }

  /**
   * A region with its text, and the excerpt's lines as the context region when they are more than the region
   * itself (SARIF wants a proper superset).
   */
  Sarif.PhysicalLocation excerpted(Range range, Excerpt excerpt) {
    Optional<String> text = ExcerptText.of(excerpt, range);
    if (text.isEmpty()) {
      return region(range);
    }
    String context = ExcerptText.all(excerpt);
    Sarif.Region contextRegion = context.equals(text.get()) ? null : new Sarif.Region(excerpt.firstLine(), null,
        excerpt.firstLine() + excerpt.lines().size() - 1, null, new Sarif.Snippet(context));
    Sarif.Snippet snippet = text.get().isEmpty() ? null : new Sarif.Snippet(text.get());
    return new Sarif.PhysicalLocation(location(range.file()), region(range, snippet), contextRegion);
  }

  /** The resource a finding is about, named by its address. */
  static Sarif.LogicalLocation resource(String address) {
    return new Sarif.LogicalLocation(lastSegment(address), address, "resource");
  }

  /** A location in a file, with the file's index among the artifacts when it is one. */
  private Sarif.ArtifactLocation location(String path) {
    return new Sarif.ArtifactLocation(UriReferences.relative(path), Sarif.SRCROOT, indexes.get(path));
  }

  private static Sarif.Region region(Range range, Sarif.Snippet snippet) {
    return new Sarif.Region(range.startLine(), range.startColumn(), range.endLine(), range.endColumn(), snippet);
  }

  /** The part after the last {@code .} outside brackets and quotes: {@code b["x.y"]} in {@code a.b["x.y"]}. */
  private static String lastSegment(String address) {
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c == '"' && (i == 0 || address.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        depth++;
      } else if (!quoted && c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (!quoted && depth == 0 && c == '.') {
        start = i + 1;
      }
    }
    return address.substring(start);
  }
}
