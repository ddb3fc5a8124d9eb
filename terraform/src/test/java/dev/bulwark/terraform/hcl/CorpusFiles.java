package dev.bulwark.terraform.hcl;

import dev.bulwark.core.frontend.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The real-world corpus named by the {@code bulwark.corpus.tf} system property: its .tf and .tfvars files. */
final class CorpusFiles {
  static final String PROPERTY = "bulwark.corpus.tf";

  private CorpusFiles() {}

  static Optional<Path> root() {
    String folder = System.getProperty(PROPERTY, "");
    return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
  }

  /** Every .tf and .tfvars file under the corpus folder, decoded, with paths relative to it, in path order. */
  static List<SourceText> load() {
    Path root = root().orElseThrow();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".tf") || f.toString().endsWith(".tfvars"))
          .sorted()
          .map(f -> SourceText.decode(root.relativize(f).toString(), read(f)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
