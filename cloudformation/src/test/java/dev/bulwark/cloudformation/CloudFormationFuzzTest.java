package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.testkit.OneFileAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any YAML or JSON file is analysed as a template, or skipped, without an exception: intrinsic functions of any
 * shape, conditions and parameters included. Runs its seed inputs ({@code CloudFormationFuzzTestInputs}) in every
 * build; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class CloudFormationFuzzTest {
  @TempDir
  static Path folder;

  @FuzzTest(maxDuration = "5m")
  void anyYamlTemplateIsAnalysed(byte[] input) throws IOException {
    assertThat(new OneFileAnalysis(new CloudFormationFrontend(), folder).analyze("template.yaml", input)).hasSize(1);
  }

  @FuzzTest(maxDuration = "5m")
  void anyJsonTemplateIsAnalysed(byte[] input) throws IOException {
    assertThat(new OneFileAnalysis(new CloudFormationFrontend(), folder).analyze("template.json", input)).hasSize(1);
  }
}
