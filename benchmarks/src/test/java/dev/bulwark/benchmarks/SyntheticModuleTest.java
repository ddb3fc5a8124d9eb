package dev.bulwark.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.JsonSyntax;
import dev.bulwark.terraform.hcl.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated modules parse, and the JSON one declares what the native one does, so both benchmarks compare. */
class SyntheticModuleTest {
  private static List<String> declarations(ParseResult result) {
    assertThat(result.errors()).isEmpty();
    return result.body().orElseThrow().blocks().stream()
        .filter(block -> !block.type().name().equals("locals"))
        .map(block -> block.type().name() + block.labels().stream().map(Body.Label::value).toList())
        .sorted()
        .toList();
  }

  @Test
  void bothSyntaxesDeclareTheSameBlocks() {
    List<String> native_ = declarations(HclParser.parse(SourceText.of("main.tf", SyntheticModule.text(3)), 200));
    List<String> json = declarations(JsonSyntax.configuration(SourceText.of("main.tf.json", SyntheticModule.json(3)),
        ScanSettings.DEFAULTS));
    assertThat(json).hasSize(15).containsExactlyElementsOf(native_);
  }
}
