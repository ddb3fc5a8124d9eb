package dev.bulwark.terraform.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.model.Truth;
import dev.bulwark.core.model.VirtualNetwork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resources that configure another from outside attach to it through the graph or by its literal name. */
class AttachmentsTest {
  @TempDir
  Path folder;

  private List<CloudModel> models(String text) throws IOException {
    return Models.of(folder, text);
  }

  @Test
  void bucketSettingsAttachByReferenceOrByTheBucketsLiteralName() throws IOException {
    List<CloudModel> models = models("""
        resource "aws_s3_bucket" "by_reference" {
          bucket = "by-reference"
        }
        resource "aws_s3_bucket" "by_name" {
          bucket = "by-name"
        }
        resource "aws_s3_bucket" "bare" {
          bucket = "bare"
        }
        resource "aws_s3_bucket_logging" "a" {
          bucket        = aws_s3_bucket.by_reference.id
          target_bucket = "logs"
        }
        resource "aws_s3_bucket_logging" "b" {
          bucket        = "by-name"
          target_bucket = "logs"
        }
        resource "aws_s3_bucket_server_side_encryption_configuration" "a" {
          bucket = aws_s3_bucket.by_reference.id
          rule {
            apply_server_side_encryption_by_default {
              sse_algorithm = "aws:kms"
            }
          }
        }
        resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
          bucket = "by-name"
          rule {
            bucket_key_enabled = true
          }
        }
        resource "aws_s3_bucket_public_access_block" "a" {
          bucket                  = aws_s3_bucket.by_reference.id
          block_public_acls       = true
          block_public_policy     = true
          ignore_public_acls      = true
          restrict_public_buckets = true
        }
        resource "aws_s3_bucket_public_access_block" "b" {
          bucket              = "by-name"
          block_public_acls   = true
          block_public_policy = false
        }
        resource "aws_s3_bucket_acl" "b" {
          bucket = "by-name"
          acl    = "public-read"
        }
        """);
    StorageBucket byReference = Models.model(models, StorageBucket.class, "aws_s3_bucket.by_reference");
    assertThat(byReference.accessLogging().truth()).isEqualTo(Truth.TRUE);
    assertThat(byReference.defaultEncryption().truth()).isEqualTo(Truth.TRUE);
    assertThat(byReference.acl().value()).contains("private");
    StorageBucket byName = Models.model(models, StorageBucket.class, "aws_s3_bucket.by_name");
    assertThat(byName.accessLogging().truth()).isEqualTo(Truth.TRUE);
    assertThat(byName.defaultEncryption().truth()).isEqualTo(Truth.FALSE);
    assertThat(byName.defaultEncryption().range().startLine()).isEqualTo(26);
    DatasetAccess byNameAcl = Models.model(models, DatasetAccess.class, "aws_s3_bucket.by_name");
    assertThat(byNameAcl.grantsEveryone().truth()).isEqualTo(Truth.FALSE);
    assertThat(byNameAcl.grantsEveryone().attribute()).isEqualTo("block_public_acls");
    assertThat(byName.acl().value()).contains("public-read");
    StorageBucket bare = Models.model(models, StorageBucket.class, "aws_s3_bucket.bare");
    assertThat(bare.accessLogging().truth()).isEqualTo(Truth.FALSE);
    assertThat(bare.accessLogging().byDefault()).isTrue();
  }

  @Test
  void aSettingForAnUnknownBucketMakesBucketsWithoutOneUnknown() throws IOException {
    List<CloudModel> models = models("""
        variable "bucket" {}
        resource "aws_s3_bucket" "b" {}
        resource "aws_s3_bucket_logging" "somewhere" {
          bucket        = var.bucket
          target_bucket = "logs"
        }
        resource "aws_s3_bucket_server_side_encryption_configuration" "elsewhere" {
          bucket = data.aws_s3_bucket.existing.id
          rule {
            apply_server_side_encryption_by_default {
              sse_algorithm = "AES256"
            }
          }
        }
        data "aws_s3_bucket" "existing" {
          bucket = var.bucket
        }
        """);
    StorageBucket bucket = Models.model(models, StorageBucket.class, "aws_s3_bucket.b");
    assertThat(bucket.accessLogging().truth()).isEqualTo(Truth.UNKNOWN);
    assertThat(bucket.defaultEncryption().truth()).isEqualTo(Truth.FALSE);
  }

  @Test
  void ruleResourcesAttachToTheirGroupAndAnOrphanRuleIsAGroupOfItsOwn() throws IOException {
    List<CloudModel> models = models("""
        resource "aws_security_group" "sg" {
          ingress {
            from_port   = 443
            to_port     = 443
            protocol    = "tcp"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }
        resource "aws_security_group_rule" "ssh" {
          type              = "ingress"
          security_group_id = aws_security_group.sg.id
          from_port         = 22
          to_port           = 22
          protocol          = "tcp"
          cidr_blocks       = ["0.0.0.0/0"]
        }
        resource "aws_vpc_security_group_ingress_rule" "all" {
          security_group_id = aws_security_group.sg.id
          ip_protocol       = "-1"
          cidr_ipv6         = "::/0"
        }
        resource "aws_security_group_rule" "elsewhere" {
          type              = "ingress"
          security_group_id = var.existing
          from_port         = 3389
          to_port           = 3389
          protocol          = "tcp"
          cidr_blocks       = ["0.0.0.0/0"]
        }
        """);
    SecurityGroup group = Models.model(models, SecurityGroup.class, "aws_security_group.sg");
    assertThat(group.rules()).extracting(rule -> rule.declaredBy().address())
        .containsExactly("aws_security_group.sg", "aws_security_group_rule.ssh",
            "aws_vpc_security_group_ingress_rule.all");
    FirewallRule ssh = group.rules().get(1);
    assertThat(ssh.attribute()).isEmpty();
    assertThat(ssh.ports().value()).hasValueSatisfying(p -> assertThat(p.from()).isEqualTo(22));
    assertThat(ssh.internetSources()).singleElement().satisfies(source ->
        assertThat(source.range()).isEqualTo(Range.ofLine("main.tf", 15, 24, 35)));
    FirewallRule all = group.rules().get(2);
    assertThat(all.ports().value()).hasValueSatisfying(p -> assertThat(p.isAll()).isTrue());
    assertThat(all.internetSources()).extracting(source -> source.attribute()).containsExactly("cidr_ipv6");
    SecurityGroup orphan = Models.model(models, SecurityGroup.class, "aws_security_group_rule.elsewhere");
    assertThat(orphan.rules()).singleElement().satisfies(rule ->
        assertThat(rule.declaredBy()).isEqualTo(orphan.resource()));
    assertThat(models.stream().filter(SecurityGroup.class::isInstance)).hasSize(2);
  }

  @Test
  void aFlowLogAttachesToItsVpcAndAVpcWithoutOneHasNone() throws IOException {
    List<CloudModel> models = models("""
        resource "aws_vpc" "logged" {
          cidr_block = "10.0.0.0/16"
        }
        resource "aws_vpc" "silent" {
          cidr_block = "10.1.0.0/16"
        }
        resource "aws_flow_log" "logged" {
          vpc_id       = aws_vpc.logged.id
          traffic_type = "ALL"
        }
        resource "aws_flow_log" "subnet" {
          subnet_id    = "subnet-1234"
          traffic_type = "ALL"
        }
        """);
    assertThat(Models.model(models, VirtualNetwork.class, "aws_vpc.logged").flowLogs().truth()).isEqualTo(Truth.TRUE);
    VirtualNetwork silent = Models.model(models, VirtualNetwork.class, "aws_vpc.silent");
    assertThat(silent.flowLogs().truth()).isEqualTo(Truth.FALSE);
    assertThat(silent.flowLogs().byDefault()).isTrue();
    assertThat(silent.flowLogs().range()).isEqualTo(silent.resource().range());
  }

  @Test
  void aFlowLogOfAVpcTheUnitDoesNotDeclareLeavesTheOthersWithout() throws IOException {
    List<CloudModel> models = models("""
        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }
        module "vpc" {
          source = "terraform-aws-modules/vpc/aws"
        }
        resource "aws_flow_log" "other" {
          vpc_id       = aws_vpc.elsewhere.id
          traffic_type = "ALL"
        }
        """);
    assertThat(Models.model(models, VirtualNetwork.class, "aws_vpc.main").flowLogs().truth())
        .isEqualTo(Truth.FALSE);
    assertThat(Models.model(models, VirtualNetwork.class, "module.vpc").flowLogs().truth())
        .isEqualTo(Truth.FALSE);
  }

  @Test
  void aFlowLogOfAVpcReadThroughAnUndeclaredDataSourceOrModuleCouldBeAnyVpc() throws IOException {
    for (String target : List.of("data.aws_vpc.existing.id", "module.network.vpc_id")) {
      List<CloudModel> models = models("""
          resource "aws_vpc" "main" {
            cidr_block = "10.0.0.0/16"
          }
          resource "aws_flow_log" "other" {
            vpc_id       = %s
            traffic_type = "ALL"
          }
          """.formatted(target));
      assertThat(Models.model(models, VirtualNetwork.class, "aws_vpc.main").flowLogs().truth()).as(target)
          .isEqualTo(Truth.UNKNOWN);
    }
  }
}
