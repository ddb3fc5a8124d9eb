package dev.bulwark.core.frontend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the files that a configuration names for their content (Terraform's {@code file()} and
 * {@code templatefile()}, Ansible's {@code file} and {@code template} lookups): only inside the scan's base
 * directory (also once symbolic links are followed) and within the size limit, each once. Not thread-safe: one
 * instance serves one unit.
 */
public final class LocalFiles {
  private final Path base;
  private final ScanSettings settings;
  private final Map<Path, Optional<String>> read = new HashMap<>();

  /** Files below {@code base}, up to the size limit of {@code settings}. */
  public LocalFiles(Path base, ScanSettings settings) {
    this.base = base;
    this.settings = settings;
  }

  /** The text of the file at {@code path}, relative to {@code directory}; empty when it cannot be read. */
  public Optional<String> read(Path directory, String path) {
    Path file;
    try {
      file = directory.resolve(path).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (!file.startsWith(base)) {
      return Optional.empty();
    }
    return read.computeIfAbsent(file, this::text);
  }

  /** The file's text, when it is a regular file inside the base directory once links are followed. */
  private Optional<String> text(Path file) {
    try {
      if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(base.toRealPath())
          || Files.size(file) > settings.maxFileBytes()) {
        return Optional.empty();
      }
      return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
