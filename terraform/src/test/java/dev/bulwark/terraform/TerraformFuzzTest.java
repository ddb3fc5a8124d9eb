package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.ParseResult;
import dev.bulwark.testkit.OneFileAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any input parses to a syntax tree or to diagnostics, and any parsed file evaluates and maps, without an exception.
 * Runs its seed inputs ({@code TerraformFuzzTestInputs}) in every build; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class TerraformFuzzTest {
  @TempDir
  static Path folder;

  @FuzzTest(maxDuration = "5m")
  void anyTextParses(byte[] input) {
    ParseResult result = HclParser.parse(SourceText.decode("main.tf", input), 64);
    assertThat(result).isNotNull();
  }

  @FuzzTest(maxDuration = "5m")
  void anyConfigurationIsAnalysed(byte[] input) throws IOException {
    List<UnitResult> results = new OneFileAnalysis(new TerraformFrontend(), folder).analyze("main.tf", input);
    assertThat(results).hasSize(1);
  }

  @FuzzTest(maxDuration = "5m")
  void anyJsonConfigurationIsAnalysed(byte[] input) throws IOException {
    List<UnitResult> results = new OneFileAnalysis(new TerraformFrontend(), folder).analyze("main.tf.json", input);
    assertThat(results).hasSize(1);
  }

  @FuzzTest(maxDuration = "5m")
  void anyPlanIsAnalysed(byte[] input) throws IOException {
    List<UnitResult> results = new OneFileAnalysis(new TerraformFrontend(), folder).analyze("tfplan.json", input);
    assertThat(results).hasSizeLessThanOrEqualTo(1);
  }
}
