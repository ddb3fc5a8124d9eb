package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.testkit.OneFileAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any YAML file is analysed as a playbook or task file, or skipped, without an exception: Jinja templates, loops and
 * includes of any shape included. Runs its seed inputs ({@code AnsibleFuzzTestInputs}) in every build; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class AnsibleFuzzTest {
  @TempDir
  static Path folder;

  @FuzzTest(maxDuration = "5m")
  void anyPlaybookIsAnalysed(byte[] input) throws IOException {
    assertThat(new OneFileAnalysis(new AnsibleFrontend(), folder).analyze("site.yml", input)).isNotEmpty();
  }
}
