package dev.bulwark.terraform;

import dev.bulwark.core.frontend.ScanSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the files that {@code file()} and {@code templatefile()} name, relative to the root module's folder as
 * Terraform does: only inside the scan's base directory and within the size limit, each once per unit.
 */
final class FileReads {
  private final Path base;
  private final ScanSettings settings;
  private final Map<Path, Optional<String>> read = new HashMap<>();

  FileReads(Path base, ScanSettings settings) {
    this.base = base;
    this.settings = settings;
  }

  Optional<String> read(Path rootDirectory, String path) {
    Path file;
    try {
      file = rootDirectory.resolve(path).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (!file.startsWith(base)) {
      return Optional.empty();
    }
    return read.computeIfAbsent(file, this::text);
  }

  private Optional<String> text(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > settings.maxFileBytes()) {
        return Optional.empty();
      }
      return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
