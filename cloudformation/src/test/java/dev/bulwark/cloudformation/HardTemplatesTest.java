package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ScannedFile;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written templates with the hardest constructs found in real-world templates scan cleanly and exactly. */
class HardTemplatesTest {
  @TempDir
  Path folder;

  private static Path hard() throws URISyntaxException {
    return Path.of(HardTemplatesTest.class.getResource("/cfn/hard").toURI());
  }

  @Test
  void everyHardTemplateScansWithoutErrors() throws URISyntaxException {
    ScanResult result = Scanner.builder().path(hard()).frontends(List.of(new CloudFormationFrontend()))
        .rules(List.of()).build().scan();
    assertThat(result.files()).extracting(ScannedFile::path).containsExactly("crlf-block-scalars.yaml",
        "language-extensions.yaml", "nested-flow.yaml", "tab-indented.json");
    assertThat(result.diagnostics()).noneMatch(d -> d.level() == Diagnostic.Level.ERROR);
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("unsupported-resource", "unsupported-intrinsic");
  }

  @Test
  void crlfBlockScalarsCountEachLineBreakOnce() throws IOException, URISyntaxException {
    String text = Files.readString(hard().resolve("crlf-block-scalars.yaml"));
    UnitResult result = Templates.analyze(folder, "crlf.yaml", text, ScanSettings.DEFAULTS);
    BlockVolume volume = (BlockVolume) result.models().stream()
        .filter(model -> model.resource().address().equals("Volume")).findFirst().orElseThrow();
    assertThat(volume.encrypted().isFalse()).isTrue();
    assertThat(volume.encrypted().range()).isEqualTo(Range.ofLine("crlf.yaml", 21, 7, 23));
  }
}
