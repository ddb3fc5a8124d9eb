package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleCallSkimTest {
  @Test
  void findsTheLiteralSourceOfEachTopLevelModuleBlock() {
    assertThat(ModuleCallSkim.sources("""
        module "db" {
          source  = "./modules/db"
          name    = "orders-${var.env}"
          tags    = { source = "./not-a-source" }
        }
        module network { source = "../network" }
        module "remote" {
          source = "terraform-aws-modules/vpc/aws"
        }
        """)).containsExactly("./modules/db", "../network", "terraform-aws-modules/vpc/aws");
  }

  @Test
  void skipsCommentsStringsHeredocsAndNestedOrInterpolatedSources() {
    assertThat(ModuleCallSkim.sources("""
        # module "commented" { source = "./a" }
        // module "commented" { source = "./b" }
        /*
        module "commented" {
          source = "./c"
        }
        */
        resource "x" "y" {
          text = "module \\"q\\" { source = \\"./d\\" } ${upper("}")}"
          script = <<-EOT
            module "in_heredoc" {
              source = "./e"
            }
          EOT
          provisioner "file" {
            source = "./f"
          }
        }
        module "interpolated" {
          source = "./modules/${var.name}"
        }
        module "after" {
          source = "./g"
        }
        """)).containsExactly("./g");
  }

  @Test
  void aFileWithoutModuleBlocksHasNoSources() {
    assertThat(ModuleCallSkim.sources("resource \"a\" \"b\" {}\n")).isEmpty();
    assertThat(ModuleCallSkim.sources("module \"unterminated\" {\n  source = \"./x")).isEmpty();
  }
}
