package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenTofu's files ({@code .tofu}, {@code .tofu.json}) are configuration, and one takes the place of the {@code .tf}
 * file of the same name, as OpenTofu reads a folder.
 */
class OpenTofuFilesTest {
  @TempDir
  Path folder;

  @Test
  void tofuFilesAreConfigurationInEitherSyntax() throws IOException {
    TerraformProject project = new TerraformProject(folder)
        .file("main.tofu", "resource \"aws_s3_bucket\" \"native\" {\n  bucket = \"native\"\n}\n")
        .file("cdk.tofu.json", "{\"resource\": {\"aws_s3_bucket\": {\"json\": {\"bucket\": \"json\"}}}}\n")
        .file("variables.tf", "variable \"unused\" {\n  default = 1\n}\n");

    assertThat(project.units()).hasSize(1);
    Graph graph = new Graph(project.analyze());
    assertThat(graph.addresses()).containsExactlyInAnyOrder("var.unused", "aws_s3_bucket.native", "aws_s3_bucket.json");
    assertThat(graph.value("aws_s3_bucket.json", "bucket").range()).isEqualTo(Range.ofLine("cdk.tofu.json", 1, 52, 58));
  }

  @Test
  void aTofuFileTakesThePlaceOfTheTfFileOfTheSameNameWithANote() throws IOException {
    UnitResult result = new TerraformProject(folder)
        .file("main.tf", "resource \"aws_db_instance\" \"db\" {\n  publicly_accessible = true\n}\n")
        .file("main.tofu", "resource \"aws_db_instance\" \"db\" {\n  publicly_accessible = false\n}\n")
        .file("other.tf", "resource \"aws_s3_bucket\" \"kept\" {}\n")
        .analyze();

    Graph graph = new Graph(result);
    assertThat(graph.addresses()).containsExactlyInAnyOrder("aws_db_instance.db", "aws_s3_bucket.kept");
    assertThat(graph.value("aws_db_instance.db", "publicly_accessible").range().file()).isEqualTo("main.tofu");
    assertThat(result.diagnostics()).extracting(Diagnostic::level, Diagnostic::code, Diagnostic::file)
        .containsExactly(tuple(Diagnostic.Level.NOTE, "shadowed-by-tofu", "main.tf"));
    assertThat(result.diagnostics()).noneMatch(diagnostic -> diagnostic.code().equals("duplicate-resource"));
  }

  @Test
  void theSameHoldsInACalledModuleAndForJsonSyntaxAndOverrides() throws IOException {
    UnitResult result = new TerraformProject(folder)
        .file("main.tf", "module \"db\" {\n  source = \"./db\"\n}\n")
        .file("db/main.tf.json", "{\"resource\": {\"aws_db_instance\": {\"db\": {\"storage_encrypted\": false}}}}\n")
        .file("db/main.tofu.json", "{\"resource\": {\"aws_db_instance\": {\"db\": {\"storage_encrypted\": true}}}}\n")
        .file("db/db_override.tofu", "resource \"aws_db_instance\" \"db\" {\n  publicly_accessible = false\n}\n")
        .analyze();

    Graph graph = new Graph(result);
    assertThat(graph.value("module.db.aws_db_instance.db", "storage_encrypted").range().file())
        .isEqualTo("db/main.tofu.json");
    assertThat(graph.value("module.db.aws_db_instance.db", "publicly_accessible").range().file())
        .isEqualTo("db/db_override.tofu");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::file)
        .contains(tuple("shadowed-by-tofu", "db/main.tf.json"));
    assertThat(result.diagnostics()).noneMatch(diagnostic -> diagnostic.code().equals("override-without-base"));
  }
}
