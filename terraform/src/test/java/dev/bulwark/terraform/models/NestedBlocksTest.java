package dev.bulwark.terraform.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.MessageBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting under a chain of nested blocks (an MSK cluster's transit encryption and public access): the default
 * where a block is missing or an empty list, located at the deepest block that exists; unknown under a block that is
 * not known.
 */
class NestedBlocksTest {
  @TempDir
  Path folder;

  private MessageBroker cluster(String blocks) throws IOException {
    List<CloudModel> models = Models.of(folder, """
        variable "info" {
          type = list(object({}))
        }
        resource "aws_msk_cluster" "events" {
          cluster_name = "events"
        %s
        }
        """.formatted(blocks));
    return Models.model(models, MessageBroker.class, "aws_msk_cluster.events");
  }

  @Test
  void aMissingBlockOrAnEmptyListTakesTheDefaultAtTheDeepestBlockThatExists() throws IOException {
    MessageBroker bare = cluster("");
    assertThat(bare.encryptedInTransit().isTrue()).isTrue();
    assertThat(bare.encryptedInTransit().byDefault()).isTrue();
    assertThat(bare.encryptedInTransit().range().startLine()).isEqualTo(4);

    MessageBroker empty = cluster("  encryption_info = []");
    assertThat(empty.encryptedInTransit().isTrue()).isTrue();
    assertThat(empty.encryptedInTransit().range().startLine()).isEqualTo(6);

    MessageBroker nested = cluster("""
          broker_node_group_info {
            connectivity_info {
            }
          }
        """);
    assertThat(nested.publiclyAccessible().isFalse()).isTrue();
    assertThat(nested.publiclyAccessible().attribute()).isEqualTo("public_access");
    assertThat(nested.publiclyAccessible().range().startLine()).isEqualTo(7);
  }

  @Test
  void aBlockThatIsNotKnownLeavesTheSettingUnknown() throws IOException {
    MessageBroker cluster = cluster("""
          encryption_info = var.info
        """);
    assertThat(cluster.encryptedInTransit().isUnknown()).isTrue();
  }

  @Test
  void theSettingAtTheEndOfTheChainIsRead() throws IOException {
    MessageBroker cluster = cluster("""
          broker_node_group_info {
            connectivity_info {
              public_access {
                type = "SERVICE_PROVIDED_EIPS"
              }
            }
          }
        """);
    assertThat(cluster.publiclyAccessible().isTrue()).isTrue();
    assertThat(cluster.publiclyAccessible().range().startLine()).isEqualTo(9);
  }
}
