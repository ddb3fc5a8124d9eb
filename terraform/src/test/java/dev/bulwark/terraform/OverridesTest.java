package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Override files merge into the blocks they name, as Terraform merges them, instead of declaring them again. */
class OverridesTest {
  @TempDir
  Path folder;

  private static final String MAIN = """
      locals {
        engine = "mysql"
        name   = "orders"
      }
      resource "aws_db_instance" "db" {
        engine              = local.engine
        identifier          = local.name
        publicly_accessible = true
        storage_encrypted   = false
      }
      resource "aws_security_group" "sg" {
        ingress {
          from_port   = 22
          to_port     = 22
          protocol    = "tcp"
          cidr_blocks = ["0.0.0.0/0"]
        }
        ingress {
          from_port   = 3389
          to_port     = 3389
          protocol    = "tcp"
          cidr_blocks = ["0.0.0.0/0"]
        }
        tags = {
          Name = "sg"
        }
      }
      """;

  @Test
  void anArgumentIsReplacedWhereTheOverrideWritesItAndTheRestIsKept() throws IOException {
    UnitResult result = new TerraformProject(folder).file("main.tf", MAIN)
        .file("db_override.tf", """
            resource "aws_db_instance" "db" {
              publicly_accessible = false
            }
            """)
        .analyze();
    Graph graph = new Graph(result);
    assertThat(graph.addresses()).containsExactly("local.engine", "local.name", "aws_db_instance.db",
        "aws_security_group.sg");
    assertThat(graph.text("aws_db_instance.db", "publicly_accessible")).isEqualTo("false");
    assertThat(graph.value("aws_db_instance.db", "publicly_accessible").range())
        .isEqualTo(Range.ofLine("db_override.tf", 2, 25, 30));
    assertThat(graph.text("aws_db_instance.db", "storage_encrypted")).isEqualTo("false");
    assertThat(graph.text("aws_db_instance.db", "engine")).isEqualTo("mysql");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void nestedBlocksReplaceEveryBlockOfTheirTypeAndOverridesApplyInNameOrder() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", MAIN)
        .file("b_override.tf", """
            resource "aws_security_group" "sg" {
              ingress {
                from_port   = 443
                to_port     = 443
                protocol    = "tcp"
                cidr_blocks = ["10.0.0.0/8"]
              }
            }
            """)
        .file("a_override.tf.json", """
            {"resource": {"aws_security_group": {"sg": {"ingress": [
              {"from_port": 80, "to_port": 80, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}
            ]}}}}
            """)
        .analyze());
    assertThat(graph.value("aws_security_group.sg", "ingress").asList().orElseThrow()).hasSize(1);
    assertThat(graph.text("aws_security_group.sg", "ingress.0.from_port")).isEqualTo("443");
    assertThat(graph.text("aws_security_group.sg", "tags.Name")).isEqualTo("sg");
  }

  @Test
  void aLocalIsReplacedAndWhatOverridesNothingIsAWarningAndStillChecked() throws IOException {
    UnitResult result = new TerraformProject(folder).file("main.tf", MAIN)
        .file("providers.tf", "provider \"aws\" {\n  alias = \"us\"\n}\n")
        .file("override.tf", """
            locals {
              engine = "postgres"
              extra  = "x"
            }
            resource "aws_s3_bucket" "new" {}
            terraform {
              backend "s3" {}
            }
            provider "aws" {
              region = "eu-west-1"
            }
            provider "aws" {
              alias  = "us"
              region = "us-east-1"
            }
            provider "aws" {
              alias = "eu"
            }
            """)
        .analyze();
    Graph graph = new Graph(result);
    assertThat(graph.text("aws_db_instance.db", "engine")).isEqualTo("postgres");
    assertThat(graph.addresses()).contains("aws_s3_bucket.new", "local.extra");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.range().orElseThrow().startLine())
        .containsExactly(tuple("override-without-base", 3), tuple("override-without-base", 5),
            tuple("override-without-base", 16));
  }

  @Test
  void overrideFilesAreKnownByName() {
    assertThat(List.of("override.tf", "db_override.tf", "override.tf.json", "x_override.tf.json"))
        .allMatch(Overrides::isOverride);
    assertThat(List.of("main.tf", "overrides.tf", "override_db.tf", "my-override.tf")).noneMatch(Overrides::isOverride);
  }
}
