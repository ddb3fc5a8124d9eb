package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration in Terraform's JSON syntax ({@code .tf.json}, as CDK for Terraform writes it) is analysed as native
 * syntax is: the same resources and values, modules and variable files, with ranges in the JSON file.
 */
class JsonConfigurationTest {
  @TempDir
  Path native_;
  @TempDir
  Path json;

  private static final String NATIVE = """
      variable "names" {
        type    = list(string)
        default = ["a", "b"]
      }
      variable "public" {
        type    = bool
        default = false
      }
      locals {
        prefix = "app"
      }
      resource "aws_s3_bucket" "logs" {
        count  = length(var.names)
        bucket = "${local.prefix}-${var.names[count.index]}"
      }
      resource "aws_db_instance" "db" {
        engine              = "mysql"
        publicly_accessible = var.public
        storage_encrypted   = true
        tags = {
          Name = "db"
        }
      }
      resource "aws_security_group" "sg" {
        dynamic "ingress" {
          for_each = toset(["0.0.0.0/0", "10.0.0.0/8"])
          iterator = cidr
          content {
            from_port   = 22
            to_port     = 22
            protocol    = "tcp"
            cidr_blocks = [cidr.value]
          }
        }
      }
      """;

  private static final String JSON = """
      {
        "variable": {
          "names": {"type": "list(string)", "default": ["a", "b"]},
          "public": {"type": "bool", "default": false}
        },
        "locals": {"prefix": "app"},
        "resource": {
          "aws_s3_bucket": {
            "logs": {
              "count": "${length(var.names)}",
              "bucket": "${local.prefix}-${var.names[count.index]}"
            }
          },
          "aws_db_instance": {
            "db": {
              "engine": "mysql",
              "publicly_accessible": "${var.public}",
              "storage_encrypted": true,
              "tags": {"Name": "db"}
            }
          },
          "aws_security_group": {
            "sg": {
              "dynamic": {
                "ingress": {
                  "for_each": "${toset([\\"0.0.0.0/0\\", \\"10.0.0.0/8\\"])}",
                  "iterator": "cidr",
                  "content": {"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["${cidr.value}"]}
                }
              }
            }
          }
        }
      }
      """;

  private static final List<String> PATHS = List.of("logs[0] bucket", "logs[1] bucket", "db publicly_accessible",
      "db storage_encrypted", "db tags.Name", "sg ingress.0.cidr_blocks.0", "sg ingress.1.cidr_blocks.0");

  private static List<String> values(Graph graph) {
    return PATHS.stream().map(path -> {
      String[] parts = path.split(" ");
      String address = graph.addresses().stream().filter(a -> a.endsWith("." + parts[0])).findFirst().orElseThrow();
      return address + " " + parts[1] + " = " + graph.text(address, parts[1]);
    }).toList();
  }

  @Test
  void jsonSyntaxGivesTheSameResourcesAndValuesAsNativeSyntax() throws IOException {
    Graph fromNative = new Graph(new TerraformProject(native_).file("main.tf", NATIVE).analyze());
    Graph fromJson = new Graph(new TerraformProject(json).file("main.tf.json", JSON).analyze());
    assertThat(fromJson.addresses()).containsExactlyElementsOf(fromNative.addresses());
    assertThat(values(fromJson)).containsExactlyElementsOf(values(fromNative)).contains(
        "aws_s3_bucket.logs[1] bucket = app-b", "aws_security_group.sg ingress.0.cidr_blocks.0 = 0.0.0.0/0");
  }

  @Test
  void valuesAreLocatedInTheJsonFileAndTheirSourcesToo() throws IOException {
    Graph graph = new Graph(new TerraformProject(json).file("main.tf.json", JSON).analyze());
    assertThat(graph.value("aws_db_instance.db", "publicly_accessible").range())
        .isEqualTo(new Range("main.tf.json", 17, 35, 17, 45));
    assertThat(graph.value("aws_db_instance.db", "publicly_accessible").origin())
        .extracting(RelatedLocation::range)
        .containsExactly(new Range("main.tf.json", 4, 43, 4, 48));
    assertThat(graph.resource("aws_db_instance.db").declaration()).isEqualTo(new Range("main.tf.json", 15, 7, 15, 11));
  }

  @Test
  void variableFilesInJsonAreLoadedInTerraformsOrder() throws IOException {
    Graph graph = new Graph(new TerraformProject(json).file("main.tf.json", JSON)
        .file("terraform.tfvars.json", "{\"public\": true, \"names\": [\"x\"]}")
        .file("b.auto.tfvars.json", "{\"names\": [\"y\", \"z\"]}")
        .file("a.auto.tfvars", "names = [\"w\"]\n")
        .analyze());
    assertThat(graph.text("aws_db_instance.db", "publicly_accessible")).isEqualTo("true");
    assertThat(graph.addresses()).contains("aws_s3_bucket.logs[1]");
    assertThat(graph.text("aws_s3_bucket.logs[1]", "bucket")).isEqualTo("app-z");
  }

  @Test
  void aJsonModuleCallReachesALocalModuleWrittenInEitherSyntax() throws IOException {
    TerraformProject project = new TerraformProject(json)
        .file("main.tf.json", """
            {"module": {
              "db": {"source": "./modules/db", "public": true},
              "bucket": [{"source": "./modules/bucket"}]
            }}
            """)
        .file("modules/db/main.tf.json", """
            {"variable": {"public": {}},
             "resource": {"aws_db_instance": {"this": {"publicly_accessible": "${var.public}"}}}}
            """)
        .file("modules/bucket/main.tf", "resource \"aws_s3_bucket\" \"this\" {}\n");
    assertThat(project.units()).extracting(AnalysisUnit::name).containsExactly(".");
    Graph graph = new Graph(project.analyze());
    assertThat(graph.addresses()).contains("module.db.aws_db_instance.this", "module.bucket.aws_s3_bucket.this");
    assertThat(graph.text("module.db.aws_db_instance.this", "publicly_accessible")).isEqualTo("true");
  }

  @Test
  void aBrokenJsonFileIsAParseErrorAndTheFolderIsStillRead() throws IOException {
    UnitResult result = new TerraformProject(json)
        .file("broken.tf.json", "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"bucket\": \"${var.}\"}}}}")
        .file("main.tf", "resource \"aws_s3_bucket\" \"ok\" {}\n")
        .analyze();
    assertThat(result.diagnostics()).filteredOn(d -> d.level() == Diagnostic.Level.ERROR)
        .extracting(Diagnostic::code, Diagnostic::file).containsOnly(tuple("parse-error", "broken.tf.json"));
    assertThat(new Graph(result).addresses()).containsExactly("aws_s3_bucket.ok");
  }

  @Test
  void theFilesTerraformReadsAreClaimedByName() {
    TerraformFrontend frontend = new TerraformFrontend();
    assertThat(List.of("main.tf", "cdk.tf.json", "terraform.tfvars", "prod.tfvars.json"))
        .allMatch(frontend::claims);
    assertThat(List.of("main.tf.bak", "template.yaml")).noneMatch(frontend::claims);
  }
}
