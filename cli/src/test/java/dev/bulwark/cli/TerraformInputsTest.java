package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --var} and {@code --var-file} decide Terraform variables, and SARIF shows where values came from. */
class TerraformInputsTest {
  @TempDir
  Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void project() throws IOException {
    Files.createDirectories(folder.resolve("infra/modules/db"));
    Files.writeString(folder.resolve("infra/main.tf"), """
        variable "public" {
          type    = bool
          default = false
        }
        module "db" {
          source = "./modules/db"
          public = var.public
        }
        """);
    Files.writeString(folder.resolve("infra/modules/db/main.tf"), """
        variable "public" {}
        resource "aws_db_instance" "this" {
          engine              = "postgres"
          storage_encrypted   = true
          publicly_accessible = var.public
          enabled_cloudwatch_logs_exports = ["postgresql"]
        }
        """);
    Files.writeString(folder.resolve("prod.tfvars"), "public = true\n");
  }

  private JsonNode sarif(String... options) throws IOException {
    String[] args = new String[options.length + 4];
    args[0] = "scan";
    args[1] = folder.resolve("infra").toString();
    args[2] = "--format";
    args[3] = "sarif";
    System.arraycopy(options, 0, args, 4, options.length);
    Main.run(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), args);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  void withoutInputsTheDefaultIsSafe() throws IOException {
    assertThat(sarif().at("/runs/0/results")).isEmpty();
  }

  @Test
  void aVariableFileMakesItPublicAndTheFindingIsAtTheCallSiteWithTheValuesPath() throws IOException {
    JsonNode result = sarif("--var-file", folder.resolve("prod.tfvars").toString()).at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("BW101");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("main.tf");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    JsonNode related = result.get("relatedLocations");
    assertThat(related).hasSize(2);
    assertThat(related.get(0).at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("modules/db/main.tf");
    assertThat(related.get(0).at("/message/text").asText()).contains("set at the call site");
    assertThat(related.get(1).at("/message/text").asText()).contains("`var.public` is set in prod.tfvars");
  }

  @Test
  void aCommandLineVariableWinsOverTheVariableFile() throws IOException {
    JsonNode results = sarif("--var-file", folder.resolve("prod.tfvars").toString(), "--var", "public=false")
        .at("/runs/0/results");
    assertThat(results).isEmpty();
    out.reset();
    assertThat(sarif("--var", "public=true").at("/runs/0/results/0/ruleId").asText()).isEqualTo("BW101");
  }
}
