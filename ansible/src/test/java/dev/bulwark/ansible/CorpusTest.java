package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every YAML file of the real-world corpus named by the {@code bulwark.corpus.ansible} system property scans with
 * no exception: no {@code internal-error} and no file the YAML reader refused.
 */
@EnabledIfSystemProperty(named = CorpusTest.PROPERTY, matches = ".*\\S.*")
class CorpusTest {
  static final String PROPERTY = "bulwark.corpus.ansible";

  @Test
  void everyFileScans() {
    Path root = Path.of(System.getProperty(PROPERTY));
    ScanResult result = Scanner.builder().path(root).baseDirectory(root)
        .frontends(List.of(new AnsibleFrontend())).rules(List.of()).build().scan();
    List<Diagnostic> errors = result.diagnostics().stream()
        .filter(d -> d.level() == Diagnostic.Level.ERROR)
        .toList();
    errors.forEach(error -> System.out.println("ERROR " + error));
    System.out.printf(Locale.ROOT, "ansible corpus: %d files scanned, %d resources, %d diagnostics, %d errors%n",
        result.files().size(), result.resources(), result.diagnostics().size(), errors.size());
    assertThat(result.files()).isNotEmpty();
    assertThat(errors).isEmpty();
  }
}
