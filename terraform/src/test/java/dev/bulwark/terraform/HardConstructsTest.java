package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.value.UnknownValue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hardest constructs met in real modules, hand-written in {@code eval/hard}: evaluated, nothing thrown. */
class HardConstructsTest {
  private static Graph graph;

  @BeforeAll
  static void analyze() throws IOException, URISyntaxException {
    Path folder = Path.of(HardConstructsTest.class.getResource("/eval/hard").toURI());
    List<SourceFile> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(file -> file.toString().endsWith(".tf")).sorted()
          .map(file -> new SourceFile(file, folder.relativize(file).toString().replace('\\', '/'), 0)).toList();
    }
    TerraformFrontend frontend = new TerraformFrontend();
    List<AnalysisUnit> units = frontend.group(files);
    assertThat(units).extracting(AnalysisUnit::name).containsExactly(".");
    graph = new Graph(frontend.analyze(units.get(0), AnalysisContext.of(ScanSettings.DEFAULTS, folder)));
  }

  @Test
  void theOnlyDiagnosticsAreTheCycles() {
    assertThat(graph.result().diagnostics()).extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("evaluation-cycle", "module-cycle");
  }

  @Test
  void dynamicBlocksOverNestedForExpressionsMakeOneRuleEach() {
    assertThat(graph.value("aws_security_group.this[0]", "ingress").asList())
        .hasValueSatisfying(rules -> assertThat(rules).hasSize(3));
    assertThat(graph.text("aws_security_group.this[0]", "ingress.0.description"))
        .isEqualTo("ssh-0.0.0.0/0: managed");
    assertThat(graph.text("aws_security_group.this[0]", "ingress.2.cidr_blocks.0")).isEqualTo("0.0.0.0/0");
    assertThat(graph.text("aws_security_group.this[0]", "tags.Name")).isEqualTo("app-007");
  }

  @Test
  void forEachOverAFilteredMapAndASplatOfACountedResourceReferToTheInstance() {
    assertThat(graph.addresses()).contains("aws_security_group_rule.public_https[\"web-0.0.0.0/0\"]");
    assertThat(graph.references()).contains(
        "aws_security_group_rule.public_https[\"web-0.0.0.0/0\"] -security_group_id-> aws_security_group.this[0]",
        "aws_security_group_rule.public_https[\"web-0.0.0.0/0\"] -depends_on-> aws_security_group.this[0]");
  }

  @Test
  void templatesFilesAndStripMarkersEvaluate() {
    assertThat(graph.text("output.user_data", "value")).isEqualTo("#!/bin/sh\nopen 22\nopen 443\n");
    assertThat(graph.text("local.config", "value.database.engines.1")).isEqualTo("mysql");
    assertThat(graph.text("local.listing", "value")).isEqualTo("    port 22\n    port 80\n");
    assertThat(graph.text("local.first", "value")).isEqualTo("app");
    assertThat(graph.text("local.deep", "value")).isEqualTo("x");
    assertThat(graph.text("local.legacy_index", "value")).isEqualTo("b");
  }

  @Test
  void whatCannotBeKnownIsUnknown() {
    assertThat(graph.value("local.loop", "value")).isInstanceOf(UnknownValue.class);
    assertThat(graph.value("local.arn", "value")).isInstanceOf(UnknownValue.class);
    assertThat(graph.value("local.workspace", "value")).isInstanceOf(UnknownValue.class);
    assertThat(graph.value("local.this_sg_id", "value")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void theParsersTrickyFilesEvaluateWithoutAnInternalError() throws IOException, URISyntaxException {
    Path folder = Path.of(HardConstructsTest.class.getResource("/hcl/tricky").toURI());
    List<SourceFile> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(file -> file.toString().endsWith(".tf") || file.toString().endsWith(".tfvars")).sorted()
          .map(file -> new SourceFile(file, file.getFileName().toString(), 0)).toList();
    }
    TerraformFrontend frontend = new TerraformFrontend();
    for (AnalysisUnit unit : frontend.group(files)) {
      assertThat(frontend.analyze(unit, AnalysisContext.of(ScanSettings.DEFAULTS, folder)).resources())
          .as("resources of %s", unit.name()).isNotEmpty();
    }
  }

  @Test
  void aModuleCalledWithCountReturnsItsOutputs() {
    assertThat(graph.text("output.nested_ids", "value.0.2")).isEqualTo("5");
  }
}
