package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local modules: loading, inputs, outputs, nesting, instances, and where their values are located. */
class ModulesTest {
  @TempDir
  Path folder;

  private static final String DB_MODULE = """
      variable "public" {
        type    = bool
        default = false
      }
      variable "name" {}
      resource "aws_db_instance" "this" {
        identifier          = var.name
        publicly_accessible = var.public
      }
      output "id" {
        value = aws_db_instance.this.id
      }
      output "name" {
        value = aws_db_instance.this.identifier
      }
      """;

  @Test
  void aLocalModuleIsEvaluatedWithItsInputsAndItsOutputsAreRead() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder)
        .file("main.tf", """
            module "db" {
              source = "./modules/db"
              name   = "orders"
              public = true
            }
            resource "aws_ssm_parameter" "db_name" {
              value = module.db.name
            }
            """)
        .file("modules/db/main.tf", DB_MODULE)
        .analyze());
    assertThat(graph.text("module.db.aws_db_instance.this", "identifier")).isEqualTo("orders");
    assertThat(graph.text("module.db.aws_db_instance.this", "publicly_accessible")).isEqualTo("true");
    assertThat(graph.text("aws_ssm_parameter.db_name", "value")).isEqualTo("orders");
    assertThat(graph.resource("module.db").kind()).isEqualTo(ResourceKind.MODULE_CALL);
    assertThat(graph.addresses()).containsExactlyInAnyOrder("module.db", "module.db.aws_db_instance.this",
        "aws_ssm_parameter.db_name");
    assertThat(graph.references()).contains("aws_ssm_parameter.db_name -value-> module.db",
        "aws_ssm_parameter.db_name -value-> module.db.aws_db_instance.this");
    assertThat(graph.result().sources()).extracting(s -> s.path()).contains("modules/db/main.tf");
  }

  @Test
  void aValueSetAtTheCallSiteIsLocatedThereWithTheModulesAttributeAsItsOrigin() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder)
        .file("main.tf", """
            module "db" {
              source = "./modules/db"
              name   = "orders"
              public = var.public
            }
            variable "public" {}
            """)
        .file("terraform.tfvars", "public = true\n")
        .file("modules/db/main.tf", DB_MODULE)
        .analyze());
    MapEntry entry = graph.resource("module.db.aws_db_instance.this").attribute("publicly_accessible").orElseThrow();
    Value value = entry.value();
    assertThat(value.isTrue()).isTrue();
    assertThat(value.range()).isEqualTo(Range.ofLine("main.tf", 4, 3, 22));
    assertThat(entry.range()).isEqualTo(Range.ofLine("main.tf", 4, 3, 22));
    assertThat(value.origin()).containsExactly(
        new RelatedLocation(Range.ofLine("modules/db/main.tf", 8, 25, 35),
            "`var.public` of `module.db` is set at the call site"),
        new RelatedLocation(Range.ofLine("terraform.tfvars", 1, 10, 14), "`var.public` is set in terraform.tfvars"));
  }

  @Test
  void anElementOfAListSetAtTheCallSiteKeepsItsPlaceAndTakesTheListsOrigin() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder)
        .file("main.tf", "module \"sg\" {\n  source = \"./sg\"\n  cidrs  = [\"10.0.0.0/8\", \"0.0.0.0/0\"]\n}\n")
        .file("sg/main.tf", "variable \"cidrs\" {}\nresource \"aws_security_group\" \"this\" {\n  ingress {\n"
            + "    cidr_blocks = var.cidrs\n  }\n}\n")
        .analyze());
    Value cidr = graph.value("module.sg.aws_security_group.this", "ingress.0.cidr_blocks.1");
    assertThat(cidr.range()).isEqualTo(Range.ofLine("main.tf", 3, 27, 38));
    assertThat(cidr.origin()).containsExactly(new RelatedLocation(Range.ofLine("sg/main.tf", 4, 19, 28),
        "`var.cidrs` of `module.sg` is set at the call site"));
  }

  @Test
  void aModuleDefaultIsLocatedAtTheModulesAttribute() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder)
        .file("main.tf", "module \"db\" {\n  source = \"./modules/db\"\n  name = \"x\"\n}\n")
        .file("modules/db/main.tf", DB_MODULE)
        .analyze());
    Value value = graph.value("module.db.aws_db_instance.this", "publicly_accessible");
    assertThat(value.range()).isEqualTo(Range.ofLine("modules/db/main.tf", 8, 25, 35));
    assertThat(value.origin()).extracting(RelatedLocation::message)
        .containsExactly("default of `var.public` in `module.db`");
  }

  @Test
  void modulesNestWithCountAndForEachAndTheirAddressesSaySo() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder)
        .file("main.tf", """
            module "app" {
              source   = "./modules/app"
              for_each = toset(["blue", "green"])
              env      = each.key
            }
            """)
        .file("modules/app/main.tf", """
            variable "env" {}
            module "db" {
              source = "../db"
              count  = var.env == "blue" ? 2 : 1
              name   = "${var.env}-${count.index}"
            }
            """)
        .file("modules/db/main.tf", DB_MODULE)
        .analyze());
    assertThat(graph.addresses()).contains(
        "module.app[\"blue\"].module.db[0].aws_db_instance.this",
        "module.app[\"blue\"].module.db[1].aws_db_instance.this",
        "module.app[\"green\"].module.db[0].aws_db_instance.this")
        .doesNotContain("module.app[\"green\"].module.db[1].aws_db_instance.this");
    assertThat(graph.text("module.app[\"blue\"].module.db[1].aws_db_instance.this", "identifier"))
        .isEqualTo("blue-1");
  }

  @Test
  void registryRemoteOutsideAndCyclicModulesAreNotLoadedAndSaySo() throws IOException {
    Path outside = folder.resolve("scan");
    Graph graph = new Graph(new TerraformProject(outside)
        .file("main.tf", """
            module "vpc" {
              source = "terraform-aws-modules/vpc/aws"
            }
            module "git" {
              source = "git::https://example.com/modules.git//db?ref=v1"
            }
            module "up" {
              source = "../elsewhere"
            }
            module "self" {
              source = "./loop"
            }
            resource "aws_ssm_parameter" "p" {
              value = module.vpc.vpc_id
            }
            """)
        .file("loop/main.tf", "module \"again\" {\n  source = \"../loop\"\n}\n")
        .analyze());
    assertThat(graph.result().diagnostics()).extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("module-not-loaded", "module-not-loaded", "module-not-loaded", "module-cycle");
    assertThat(graph.resource("module.vpc").type()).isEqualTo("terraform-aws-modules/vpc/aws");
    assertThat(graph.resource("module.git").type()).isEqualTo("module");
    assertThat(graph.text("aws_ssm_parameter.p", "value")).isEqualTo("?");
    assertThat(graph.references()).contains("aws_ssm_parameter.p -value-> module.vpc");
  }

  @Test
  void aModuleSourceThatIsNotAValidPathIsNotLoadedAndSaysSo() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder)
        .file("main.tf", "module \"odd\" {\n  source = \"./a\u0000b\"\n}\n")
        .analyze());
    assertThat(graph.result().diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.code()).isEqualTo("module-not-loaded");
      assertThat(diagnostic.message()).contains("is not a valid path");
    });
  }

  @Test
  void aModuleCalledTwiceIsReadOnce() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder)
        .file("main.tf", """
            module "a" {
              source = "./modules/db"
              name   = "a"
            }
            module "b" {
              source = "./modules/db/"
              name   = "b"
            }
            """)
        .file("modules/db/main.tf", DB_MODULE)
        .analyze());
    assertThat(graph.result().sources()).extracting(s -> s.path()).containsExactly("main.tf", "modules/db/main.tf");
    assertThat(graph.text("module.b.aws_db_instance.this", "identifier")).isEqualTo("b");
  }
}
