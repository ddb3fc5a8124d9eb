package dev.bulwark.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;

/**
 * Any input reads to located documents or to diagnostics, never to an exception, however deep, aliased or broken.
 * Runs its seed inputs ({@code DocumentsFuzzTestInputs}) in every build; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class DocumentsFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void anyYamlReads(byte[] input) {
    Documents documents = YamlDocuments.read(SourceText.decode("input.yaml", input), ScanSettings.DEFAULTS);
    assertThat(documents.documents().isEmpty() || documents.errors().isEmpty()).isTrue();
  }

  @FuzzTest(maxDuration = "5m")
  void anyJsonReads(byte[] input) {
    Documents documents = JsonDocuments.read(SourceText.decode("input.json", input), ScanSettings.DEFAULTS);
    assertThat(documents.documents().isEmpty() || documents.errors().isEmpty()).isTrue();
  }
}
