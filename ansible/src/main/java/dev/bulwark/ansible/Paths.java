package dev.bulwark.ansible;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Relative, {@code /}-separated paths as the scan names files. */
final class Paths {
  private Paths() {}

  /** The folder of {@code path} ({@code ""} at the top). */
  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The last segment of {@code path}. */
  static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The file name without its extension. */
  static String stem(String path) {
    String name = name(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** {@code name} inside folder {@code folder} ({@code ""} at the top). */
  static String join(String folder, String name) {
    return folder.isEmpty() ? name : folder + "/" + name;
  }

  /** {@code relative} resolved against folder {@code base} and normalised; empty if it leaves the scan. */
  static Optional<String> resolve(String base, String relative) {
    String joined = relative.startsWith("/") || base.isEmpty() ? relative : base + "/" + relative;
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : joined.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    return Optional.of(String.join("/", segments));
  }

  /** Whether {@code name} ends with a YAML extension. */
  static boolean isYaml(String name) {
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }
}
