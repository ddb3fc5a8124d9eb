package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scans the real-world templates in the folder named by the {@code bulwark.corpus.cfn} system property (skipped
 * when it is not set): no template may make the front end fail, and every file that does not parse is reported
 * with a location.
 */
class CorpusTest {
  @Test
  void everyTemplateScansAndBrokenFilesAreReportedWithALocation() {
    String folder = System.getProperty("bulwark.corpus.cfn", "");
    assumeTrue(!folder.isBlank(), "bulwark.corpus.cfn is not set");
    ScanResult result = Scanner.builder().path(Path.of(folder))
        .frontends(List.of(new CloudFormationFrontend())).rules(List.of()).build().scan();
    List<Diagnostic> errors = result.diagnostics().stream()
        .filter(d -> d.level() == Diagnostic.Level.ERROR).toList();
    errors.forEach(error -> System.out.println("corpus: " + error));
    System.out.printf("corpus: %d templates, %d resources, %d references, %d diagnostics%n", result.files().size(),
        result.resources(), result.references(), result.diagnostics().size());
    assertThat(errors).allSatisfy(error -> {
      assertThat(error.code()).isEqualTo("parse-error");
      assertThat(error.range()).isPresent();
    });
    assertThat(result.files()).hasSizeGreaterThan(1000);
  }
}
