package dev.bulwark.core.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Include and exclude glob patterns over paths relative to the base directory, e.g. {@code infra/**} or
 * {@code **}{@code /test/**}. A file is scanned when it matches some include (or there are none) and no exclude; an
 * excluded folder is not walked at all.
 */
record PathFilter(List<PathMatcher> includes, List<PathMatcher> excludes) {
  private static final String PROBE = "_";

  static PathFilter of(List<String> includes, List<String> excludes) {
    return new PathFilter(matchers(includes), matchers(excludes));
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    return globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
  }

  boolean scans(Path relativeFile) {
    return (includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relativeFile)))
        && excludes.stream().noneMatch(m -> m.matches(relativeFile));
  }

  boolean walks(Path relativeFolder) {
    Path inside = relativeFolder.resolve(PROBE);
    return excludes.stream().noneMatch(m -> m.matches(relativeFolder) || m.matches(inside));
  }
}
