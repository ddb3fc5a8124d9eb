package dev.bulwark.core;

import java.util.List;
import java.util.Optional;

/**
 * The source lines a finding's primary range covers (at most a few), kept so that reports can show them without
 * reading the file again.
 *
 * @param firstLine the 1-based number of the first line
 * @param lines     the lines, without line terminators
 */
public record Excerpt(int firstLine, List<String> lines) {
  public Excerpt {
    lines = List.copyOf(lines);
  }

  /** The text of line {@code line}, if the excerpt holds it. */
  public Optional<String> line(int line) {
    int index = line - firstLine;
    return index >= 0 && index < lines.size() ? Optional.of(lines.get(index)) : Optional.empty();
  }
}
