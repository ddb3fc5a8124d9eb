package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the root module's variables get their values, and how values keep where they came from. */
class VariablesTest {
  @TempDir
  Path folder;

  private static final String MAIN = """
      variable "public" {
        type    = bool
        default = true
        validation {
          condition     = var.public != null
          error_message = "required"
        }
      }
      variable "name" {}
      variable "cidrs" {
        type    = list(string)
        default = ["10.0.0.0/8"]
      }
      resource "aws_db_instance" "db" {
        publicly_accessible = var.public
        identifier          = var.name
      }
      resource "aws_security_group" "sg" {
        ingress {
          cidr_blocks = var.cidrs
        }
      }
      """;

  @Test
  void aDefaultIsUsedWhenNothingIsGivenAndAVariableWithoutOneIsUnknown() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", MAIN).analyze());
    assertThat(graph.text("aws_db_instance.db", "publicly_accessible")).isEqualTo("true");
    assertThat(graph.text("aws_db_instance.db", "identifier")).isEqualTo("?");
    assertThat(graph.value("aws_db_instance.db", "identifier").origin()).extracting(RelatedLocation::message)
        .containsExactly("`var.name` has no default and no value is given");
  }

  @Test
  void tfvarsThenAutoTfvarsByNameThenVariableFilesThenTheCommandLineWin() throws IOException {
    Path varFile = folder.resolve("extra/prod.tfvars");
    Files.createDirectories(varFile.getParent());
    Files.writeString(varFile, "name = \"from-var-file\"\n");
    TerraformProject project = new TerraformProject(folder).file("main.tf", MAIN)
        .file("terraform.tfvars", "public = \"false\"\nname = \"from-tfvars\"\ncidrs = [\"0.0.0.0/0\"]\n")
        .file("b.auto.tfvars", "name = \"from-b\"\n")
        .file("a.auto.tfvars", "name = \"from-a\"\npublic = true\n")
        .file("other.tfvars", "public = true\n");
    Graph tfvars = new Graph(project.analyze());
    assertThat(tfvars.text("aws_db_instance.db", "publicly_accessible")).isEqualTo("true");
    assertThat(tfvars.text("aws_db_instance.db", "identifier")).isEqualTo("from-b");
    assertThat(tfvars.text("aws_security_group.sg", "ingress.0.cidr_blocks.0")).isEqualTo("0.0.0.0/0");
    Graph files = new Graph(project.settings(ScanSettings.builder().terraformVariableFile(varFile).build()).analyze());
    assertThat(files.text("aws_db_instance.db", "identifier")).isEqualTo("from-var-file");
    Graph cli = new Graph(project.settings(ScanSettings.builder().terraformVariableFile(varFile)
        .terraformVariable("name", "from-cli").terraformVariable("public", "false")
        .terraformVariable("cidrs", "[\"192.0.2.0/24\"]").build()).analyze());
    assertThat(cli.text("aws_db_instance.db", "identifier")).isEqualTo("from-cli");
    assertThat(cli.text("aws_db_instance.db", "publicly_accessible")).isEqualTo("false");
    assertThat(cli.text("aws_security_group.sg", "ingress.0.cidr_blocks.0")).isEqualTo("192.0.2.0/24");
  }

  @Test
  void theAttributeIsWhereTheValueIsAndWhereItWasSetIsItsOrigin() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", MAIN)
        .file("terraform.tfvars", "public = true\ncidrs  = [\"10.1.0.0/16\", \"0.0.0.0/0\"]\n").analyze());
    Value public_ = graph.value("aws_db_instance.db", "publicly_accessible");
    assertThat(public_.range()).isEqualTo(Range.ofLine("main.tf", 15, 25, 35));
    assertThat(public_.origin()).containsExactly(new RelatedLocation(Range.ofLine("terraform.tfvars", 1, 10, 14),
        "`var.public` is set in terraform.tfvars"));
    Value cidr = graph.value("aws_security_group.sg", "ingress.0.cidr_blocks.1");
    assertThat(cidr.range()).isEqualTo(Range.ofLine("main.tf", 20, 19, 28));
    assertThat(cidr.origin()).extracting(RelatedLocation::range)
        .containsExactly(Range.ofLine("terraform.tfvars", 2, 26, 37));
    assertThat(cidr.origin()).extracting(RelatedLocation::message)
        .containsExactly("`var.cidrs` is set in terraform.tfvars");
  }

  @Test
  void aCommandLineValueHasTheVariableDeclarationAsItsOrigin() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", MAIN)
        .settings(ScanSettings.builder().terraformVariable("public", "true").build()).analyze());
    Value value = graph.value("aws_db_instance.db", "publicly_accessible");
    assertThat(value.isTrue()).isTrue();
    assertThat(value.origin()).containsExactly(new RelatedLocation(Range.ofLine("main.tf", 1, 1, 18),
        "`var.public` is set with --var on the command line"));
  }

  @Test
  void typesConvertValuesAndFillOptionalDefaultsAndANonNullableVariableIgnoresNull() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", """
        variable "settings" {
          type = object({
            public    = optional(bool, false)
            encrypted = optional(bool, true)
            port      = number
          })
        }
        variable "strict" {
          type     = bool
          default  = true
          nullable = false
        }
        resource "aws_db_instance" "db" {
          publicly_accessible = var.settings.public
          storage_encrypted   = var.settings.encrypted
          port                = var.settings.port
          multi_az            = var.strict
        }
        """).file("terraform.tfvars", "settings = { port = \"5432\", public = null }\nstrict = null\n").analyze());
    assertThat(graph.text("aws_db_instance.db", "publicly_accessible")).isEqualTo("false");
    assertThat(graph.text("aws_db_instance.db", "storage_encrypted")).isEqualTo("true");
    assertThat(graph.value("aws_db_instance.db", "port").asNumber()).hasValueSatisfying(n ->
        assertThat(n).isEqualByComparingTo("5432"));
    assertThat(graph.text("aws_db_instance.db", "multi_az")).isEqualTo("true");
  }

  @Test
  void localsUseLocalsAndACycleIsUnknownWithADiagnostic() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", """
        locals {
          env    = "prod"
          name   = "${local.env}-db"
          public = local.env == "dev"
          loop_a = local.loop_b
          loop_b = local.loop_a
        }
        resource "aws_db_instance" "db" {
          identifier          = local.name
          publicly_accessible = local.public
          engine              = local.loop_a
        }
        """).analyze());
    assertThat(graph.text("aws_db_instance.db", "identifier")).isEqualTo("prod-db");
    assertThat(graph.text("aws_db_instance.db", "publicly_accessible")).isEqualTo("false");
    assertThat(graph.text("aws_db_instance.db", "engine")).isEqualTo("?");
    assertThat(graph.result().diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("evaluation-cycle"));
  }
}
