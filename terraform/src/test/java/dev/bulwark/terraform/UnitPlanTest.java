package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitPlanTest {
  @TempDir
  Path folder;

  private static List<String> describe(List<AnalysisUnit> units) {
    return units.stream().map(unit -> unit.name() + " " + unit.files().stream().map(SourceFile::name).toList())
        .toList();
  }

  @Test
  void aFolderCalledFromAnotherFolderIsNotARootButItsVariableFilesAreStillAUnit() throws IOException {
    List<AnalysisUnit> units = new TerraformProject(folder)
        .file("main.tf", "module \"app\" {\n  source = \"./modules/app\"\n}\n")
        .file("modules/app/main.tf", "module \"db\" {\n  source = \"../db\"\n}\n")
        .file("modules/app/terraform.tfvars", "x = 1\n")
        .file("modules/db/main.tf", "resource \"aws_db_instance\" \"this\" {}\n")
        .file("standalone/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n")
        .units();
    assertThat(describe(units)).containsExactly(". [main.tf]", "standalone [main.tf]",
        "modules/app [terraform.tfvars]");
  }

  @Test
  void examplesThatCallTheRepositoryRootAreRootsAnalysedTogetherAndTheRootIsNot() throws IOException {
    TerraformProject project = new TerraformProject(folder)
        .file("main.tf", "variable \"name\" {}\nresource \"aws_db_instance\" \"this\" {\n  identifier = var.name\n}\n")
        .file("examples/complete/main.tf", "module \"db\" {\n  source = \"../../\"\n  name = \"complete\"\n}\n")
        .file("examples/simple/main.tf", "module \"db\" {\n  source = \"../..\"\n  name = \"simple\"\n}\n")
        .file("other/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");
    List<AnalysisUnit> units = project.units();
    assertThat(describe(units)).containsExactly("examples/complete [main.tf, main.tf]", "other [main.tf]");
    UnitResult result = project.analyze(units.get(0));
    assertThat(result.resources()).filteredOn(r -> r.address().equals("module.db.aws_db_instance.this"))
        .extracting(r -> r.id().unit() + " " + r.attribute("identifier").orElseThrow().value().asString().orElseThrow())
        .containsExactlyInAnyOrder("examples/complete complete", "examples/simple simple");
    assertThat(result.sources()).extracting(SourceText::path)
        .containsExactly("examples/complete/main.tf", "main.tf", "examples/simple/main.tf");
  }

  @Test
  void aCycleWithoutARootStillHasOneAndSourcesOutsideTheScanOrRemoteAreIgnored() throws IOException {
    List<AnalysisUnit> units = new TerraformProject(folder)
        .file("a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\nmodule \"up\" {\n  source = \"../../x\"\n}\n")
        .file("b/main.tf",
            "module \"a\" {\n  source = \"../a\"\n}\nmodule \"r\" {\n  source = \"hashicorp/consul/aws\"\n}\n")
        .units();
    assertThat(describe(units)).containsExactly("a [main.tf]");
  }

  @Test
  void localSourcesResolveAgainstTheCallingFolder() {
    assertThat(UnitPlan.resolve("envs/prod", "../../modules/db")).contains("modules/db");
    assertThat(UnitPlan.resolve("", "./modules/db/")).contains("modules/db");
    assertThat(UnitPlan.resolve("a", "..")).contains("");
    assertThat(UnitPlan.resolve("", "../outside")).isEmpty();
    assertThat(UnitPlan.resolve("", "git::https://example.com/m.git")).isEmpty();
  }
}
