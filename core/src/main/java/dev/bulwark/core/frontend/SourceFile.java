package dev.bulwark.core.frontend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A discovered file, not read yet.
 *
 * @param path         where it is on disk
 * @param relativePath its path relative to the scan's base directory, {@code /}-separated
 * @param size         its size in bytes when discovered
 */
public record SourceFile(Path path, String relativePath, long size) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relativePath, "relativePath");
  }

  /** Reads and decodes the file. Each front end reads a file once. */
  public SourceText read() throws IOException {
    return SourceText.decode(relativePath, Files.readAllBytes(path));
  }

  /** The file name, e.g. {@code main.tf}. */
  public String name() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? relativePath : relativePath.substring(slash + 1);
  }

  /** The folder part of the relative path ({@code ""} at the base directory). */
  public String folder() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash);
  }
}
