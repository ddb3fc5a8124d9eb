package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flag inside a block is named by its whole path, the setting to add, not by the block, which is no boolean. */
class SettingPathMessagesTest {
  @TempDir
  Path folder;

  @Test
  void aSearchDomainsEncryptionFlagsAreNamedByTheirPath() throws IOException {
    Files.writeString(folder.resolve("main.tf"), """
        resource "aws_opensearch_domain" "logs" {
          domain_name = "logs"
          encrypt_at_rest {
          }
        }
        """);
    List<String> messages = Scanner.builder().path(folder).enableRules(List.of("BW301", "BW302")).build().scan()
        .findings().stream().map(Finding::message).toList();

    assertThat(messages).containsExactlyInAnyOrder(
        "`aws_opensearch_domain.logs` is not encrypted at rest: `encrypt_at_rest.enabled` should be true; it is not "
            + "set and defaults to false.",
        "`aws_opensearch_domain.logs` does not encrypt its traffic in transit: `node_to_node_encryption.enabled` "
            + "should be true; it is not set and defaults to false.");
  }
}
