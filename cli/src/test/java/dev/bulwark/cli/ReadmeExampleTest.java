package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's library example compiles (it is {@link ReadmeExample}), runs, and is shown in README as it is here. */
class ReadmeExampleTest {
  @TempDir
  Path folder;

  @Test
  void theExampleRunsOnTheBundledExamples() throws IOException {
    Path report = folder.resolve("bulwark.sarif");
    List<Finding> high = ReadmeExample.scan(Path.of("..", "examples"), report);
    assertThat(high).extracting(Finding::ruleId).containsOnly("BW101", "BW201", "BW301").hasSize(5);
    assertThat(Files.readString(report)).contains("\"ruleId\": \"BW101\"").doesNotContain("\"ruleId\": \"BW401\"");
  }

  @Test
  void readmeShowsTheExampleAsItIsCompiled() throws IOException {
    List<String> source = Files.readAllLines(Path.of("src/test/java/dev/bulwark/cli/ReadmeExample.java"));
    List<String> example = source.subList(source.indexOf("    // readme:start") + 1, source.indexOf("    // readme:end"))
        .stream().map(line -> line.length() >= 4 ? line.substring(4) : line).toList();
    assertThat(example).hasSizeGreaterThan(5);
    assertThat(Files.readString(Path.of("..", "README.md"))).contains(String.join("\n", example));
  }
}
