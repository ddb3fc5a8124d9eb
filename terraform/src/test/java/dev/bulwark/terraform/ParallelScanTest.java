package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.ScanResult;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units share nothing mutable: a scan gives the same result on one thread and on several. */
class ParallelScanTest {
  @TempDir
  Path folder;

  private ScanResult scan(int threads, Path varFile) {
    return Scanner.builder().path(folder).frontends(List.of(new TerraformFrontend())).rules(List.of())
        .settings(ScanSettings.builder().terraformVariableFile(varFile).build())
        .parallelism(threads).build().scan();
  }

  @Test
  void oneThreadAndSeveralGiveTheSameResult() throws IOException {
    Path module = Files.createDirectories(folder.resolve("modules/db"));
    Files.writeString(module.resolve("main.tf"), """
        variable "name" {}
        variable "public" {
          default = false
        }
        resource "aws_db_instance" "this" {
          count               = 2
          identifier          = "${var.name}-${count.index}"
          publicly_accessible = var.public
        }
        """);
    for (int i = 0; i < 12; i++) {
      Path root = Files.createDirectories(folder.resolve("envs/env" + i));
      Files.writeString(root.resolve("main.tf"), "variable \"public\" {}\nmodule \"db\" {\n  source = "
          + "\"../../modules/db\"\n  name   = \"env" + i + "\"\n  public = var.public\n}\n");
    }
    Path varFile = folder.resolve("shared.tfvars");
    Files.writeString(varFile, "public = true\n");
    ScanResult serial = scan(1, varFile);
    ScanResult parallel = scan(4, varFile);
    assertThat(serial.resources()).as("per root: var.public, module.db and two instances").isEqualTo(12 * 4);
    assertThat(parallel.resources()).isEqualTo(serial.resources());
    assertThat(parallel.references()).isEqualTo(serial.references());
    assertThat(parallel.files()).isEqualTo(serial.files());
    assertThat(parallel.diagnostics()).isEqualTo(serial.diagnostics());
  }
}
