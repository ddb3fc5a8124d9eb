package dev.bulwark.terraform.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.model.Truth;
import dev.bulwark.terraform.TerraformProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderModelsTest {
  @TempDir
  Path folder;

  private List<CloudModel> models(String text) throws IOException {
    UnitResult result = new TerraformProject(folder).file("main.tf", text).analyze();
    ResourceGraph.Builder graph = ResourceGraph.builder();
    result.resources().forEach(graph::add);
    result.references().forEach(graph::add);
    assertThat(ProviderModels.map(graph.build())).isEqualTo(result.models());
    return result.models();
  }

  private static <T> T only(List<CloudModel> models, Class<T> type) {
    return models.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  @Test
  void securityGroupRulesKeepProtocolPortsAndEachSourceLocated() throws IOException {
    SecurityGroup group = only(models("""
        resource "aws_security_group" "sg" {
          ingress {
            from_port   = 20
            to_port     = 25
            protocol    = "tcp"
            cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
          }
          egress {
            from_port        = 0
            to_port          = 0
            protocol         = "-1"
            ipv6_cidr_blocks = var.egress
          }
        }
        """), SecurityGroup.class);
    assertThat(group.rules()).hasSize(2);
    FirewallRule ingress = group.rules().get(0);
    assertThat(ingress.direction()).isEqualTo(Direction.INGRESS);
    assertThat(ingress.attribute()).isEqualTo("ingress[0]");
    assertThat(ingress.protocol().value()).contains(Protocol.TCP);
    assertThat(ingress.ports().value()).contains(new PortRange(20, 25));
    assertThat(ingress.ports().range()).isEqualTo(new Range("main.tf", 3, 5, 4, 21));
    assertThat(ingress.sources()).extracting(Located::attribute).containsExactly("cidr_blocks[0]", "cidr_blocks[1]");
    assertThat(ingress.internetSources()).singleElement()
        .satisfies(source -> assertThat(source.range()).isEqualTo(Range.ofLine("main.tf", 6, 34, 45)));
    FirewallRule egress = group.rules().get(1);
    assertThat(egress.direction()).isEqualTo(Direction.EGRESS);
    assertThat(egress.ports().value()).contains(PortRange.ALL);
    assertThat(egress.sources()).singleElement().satisfies(source -> assertThat(source.isKnown()).isFalse());
  }

  @Test
  void bucketLoggingAttachesOnlyThroughTheBucketAttribute() throws IOException {
    List<CloudModel> models = models("""
        resource "aws_s3_bucket" "app" {}
        resource "aws_s3_bucket" "logs" {}
        resource "aws_s3_bucket_logging" "app" {
          bucket        = aws_s3_bucket.app.id
          target_bucket = aws_s3_bucket.logs.id
        }
        resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
          bucket = aws_s3_bucket.logs.bucket
          rule {
            apply_server_side_encryption_by_default {
              sse_algorithm = "aws:kms"
            }
          }
        }
        """);
    List<StorageBucket> buckets = models.stream().filter(StorageBucket.class::isInstance)
        .map(StorageBucket.class::cast).toList();
    assertThat(buckets).extracting(b -> b.resource().address()).containsExactly("aws_s3_bucket.app",
        "aws_s3_bucket.logs");
    assertThat(buckets.get(0).accessLogging().truth()).isEqualTo(Truth.TRUE);
    assertThat(buckets.get(0).accessLogging().range().startLine()).isEqualTo(3);
    assertThat(buckets.get(0).defaultEncryption().truth()).isEqualTo(Truth.FALSE);
    assertThat(buckets.get(1).accessLogging().truth()).isEqualTo(Truth.FALSE);
    assertThat(buckets.get(1).accessLogging().byDefault()).isTrue();
    assertThat(buckets.get(1).defaultEncryption().truth()).isEqualTo(Truth.TRUE);
  }

  @Test
  void providerDefaultsForDatabasesAndVolumes() throws IOException {
    List<CloudModel> models = models("""
        resource "aws_db_instance" "db" {
          engine = "mysql"
        }
        resource "aws_ebs_volume" "v" {
          size = 8
        }
        """);
    DatabaseInstance db = only(models, DatabaseInstance.class);
    assertThat(db.publiclyAccessible().isFalse()).isTrue();
    assertThat(db.storageEncrypted().isFalse()).isTrue();
    assertThat(db.storageEncrypted().byDefault()).isTrue();
    assertThat(db.storageEncrypted().range()).isEqualTo(db.resource().range());
    BlockVolume volume = only(models, BlockVolume.class);
    assertThat(volume.encrypted().isFalse()).isTrue();
  }

  @Test
  void onlyManagedResourcesAreMapped() throws IOException {
    List<CloudModel> models = models("""
        data "aws_s3_bucket" "existing" {
          bucket = "x"
        }
        """);
    assertThat(models).isEmpty();
  }


  @Test
  void aSnapshotIsEncryptedExactlyWhenItsSourceIsAndPointsAtTheSourcesSetting() throws IOException {
    List<CloudModel> models = models("""
        resource "aws_ebs_volume" "plain" {
          availability_zone = "eu-west-1a"
          size              = 10
          kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1"
        }
        resource "aws_ebs_snapshot" "copy" {
          volume_id = aws_ebs_volume.plain.id
        }
        resource "aws_ebs_snapshot" "elsewhere" {
          volume_id = "vol-0123"
        }
        """);
    DataStore copy = Models.model(models, DataStore.class, "aws_ebs_snapshot.copy");
    assertThat(copy.isSnapshot()).isTrue();
    assertThat(copy.encryptedAtRest().truth()).isEqualTo(Truth.FALSE);
    assertThat(copy.encryptedAtRest().attribute()).isEqualTo("volume_id");
    assertThat(copy.encryptedAtRest().range()).isEqualTo(copy.resource().range());
    assertThat(copy.encryptedAtRest().origin()).singleElement().satisfies(source -> {
      assertThat(source.range().startLine()).isEqualTo(1);
      assertThat(source.message()).contains("`aws_ebs_volume.plain`", "leaves `encrypted` unset");
    });
    assertThat(copy.customerManagedKey().truth()).isEqualTo(Truth.TRUE);
    DataStore elsewhere = Models.model(models, DataStore.class, "aws_ebs_snapshot.elsewhere");
    assertThat(elsewhere.encryptedAtRest().truth()).isEqualTo(Truth.UNKNOWN);
    assertThat(elsewhere.customerManagedKey().truth()).isEqualTo(Truth.UNKNOWN);
  }
}
