package dev.bulwark.terraform.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.model.Truth;
import dev.bulwark.core.model.VirtualNetwork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls of the registry modules Bulwark knows map to models from their inputs, with the modules' defaults. */
class RegistryModulesTest {
  @TempDir
  Path folder;

  private List<CloudModel> models(String text) throws IOException {
    return Models.of(folder, text);
  }

  @Test
  void rdsAndAuroraTakeTheModulesDefaultsAndTheirArgumentsAtTheCallSite() throws IOException {
    List<CloudModel> models = models("""
        module "defaults" {
          source  = "terraform-aws-modules/rds/aws"
          version = "~> 6.0"
        }
        module "public" {
          source              = "terraform-aws-modules/rds/aws"
          publicly_accessible = true
          storage_encrypted   = false
        }
        module "not_created" {
          source             = "terraform-aws-modules/rds/aws"
          create_db_instance = false
        }
        module "aurora" {
          source    = "git::https://github.com/terraform-aws-modules/terraform-aws-rds-aurora.git?ref=v9.0.0"
          instances = {
            one = {}
            two = { publicly_accessible = true }
          }
        }
        """);
    DatabaseInstance defaults = Models.model(models, DatabaseInstance.class, "module.defaults");
    assertThat(defaults.publiclyAccessible().truth()).isEqualTo(Truth.FALSE);
    assertThat(defaults.storageEncrypted().truth()).isEqualTo(Truth.TRUE);
    assertThat(defaults.storageEncrypted().byDefault()).isTrue();
    DatabaseInstance public_ = Models.model(models, DatabaseInstance.class, "module.public");
    assertThat(public_.publiclyAccessible().truth()).isEqualTo(Truth.TRUE);
    assertThat(public_.publiclyAccessible().range()).isEqualTo(Range.ofLine("main.tf", 7, 3, 29));
    assertThat(public_.storageEncrypted().truth()).isEqualTo(Truth.FALSE);
    assertThat(models).noneMatch(model -> model.resource().address().equals("module.not_created"));
    DatabaseInstance aurora = Models.model(models, DatabaseInstance.class, "module.aurora");
    assertThat(aurora.publiclyAccessible().truth()).isEqualTo(Truth.TRUE);
    assertThat(aurora.publiclyAccessible().range().startLine()).isEqualTo(18);
    assertThat(aurora.storageEncrypted().truth()).isEqualTo(Truth.TRUE);
  }

  @Test
  void s3BucketHasNoLoggingOrEncryptionByDefaultAndBlocksPublicAccess() throws IOException {
    List<CloudModel> models = models("""
        module "plain" {
          source = "terraform-aws-modules/s3-bucket/aws"
          bucket = "plain"
        }
        module "configured" {
          source = "terraform-aws-modules/s3-bucket/aws"
          logging = {
            target_bucket = "logs"
            target_prefix = "configured/"
          }
          server_side_encryption_configuration = {
            rule = {
              apply_server_side_encryption_by_default = { sse_algorithm = "AES256" }
            }
          }
          block_public_policy = false
          acl                 = "public-read"
        }
        module "empty_logging" {
          source  = "terraform-aws-modules/s3-bucket/aws"
          logging = {}
        }
        """);
    StorageBucket plain = Models.model(models, StorageBucket.class, "module.plain");
    assertThat(plain.accessLogging().truth()).isEqualTo(Truth.FALSE);
    assertThat(plain.accessLogging().range()).isEqualTo(plain.resource().range());
    assertThat(plain.defaultEncryption().truth()).isEqualTo(Truth.FALSE);
    assertThat(plain.acl().value()).contains("private");
    StorageBucket configured = Models.model(models, StorageBucket.class, "module.configured");
    assertThat(configured.accessLogging().truth()).isEqualTo(Truth.TRUE);
    assertThat(configured.defaultEncryption().truth()).isEqualTo(Truth.TRUE);
    assertThat(access(models, "module.configured").get(0).grantsEveryone().truth()).isEqualTo(Truth.FALSE);
    assertThat(configured.acl().value()).contains("public-read");
    StorageBucket empty = Models.model(models, StorageBucket.class, "module.empty_logging");
    assertThat(empty.accessLogging().truth()).isEqualTo(Truth.FALSE);
    assertThat(empty.accessLogging().byDefault()).isFalse();
  }

  @Test
  void s3BucketCallsAdmitEveryoneThroughTheirAclOrAttachedPolicyWhereTheModulesBlockLetsThem() throws IOException {
    List<CloudModel> models = models("""
        module "website" {
          source                  = "terraform-aws-modules/s3-bucket/aws"
          acl                     = "public-read"
          block_public_acls       = false
          ignore_public_acls      = false
          attach_policy           = true
          policy = jsonencode({
            Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }]
          })
          block_public_policy     = false
          restrict_public_buckets = false
        }
        module "blocked" {
          source        = "terraform-aws-modules/s3-bucket/aws"
          acl           = "public-read"
          attach_policy = true
          policy        = data.aws_iam_policy_document.public.json
        }
        data "aws_iam_policy_document" "public" {
          statement {
            actions = ["s3:GetObject"]
            principals {
              type        = "*"
              identifiers = ["*"]
            }
          }
        }
        module "unattached" {
          source              = "terraform-aws-modules/s3-bucket/aws"
          policy              = data.aws_iam_policy_document.public.json
          block_public_policy = false
        }
        module "without_block" {
          source               = "terraform-aws-modules/s3-bucket/aws"
          acl                  = "authenticated-read"
          attach_public_policy = false
          attach_policy        = true
          policy               = data.aws_iam_policy_document.public.json
          attach_require_latest_tls_policy = true
        }
        """);
    List<DatasetAccess> website = access(models, "module.website");
    assertThat(website).extracting(DatasetAccess::member).containsExactly("public-read", "*");
    Fact acl = website.get(0).grantsEveryone();
    assertThat(acl.range()).isEqualTo(Range.ofLine("main.tf", 3, 3, 42));
    assertThat(acl.origin()).extracting(RelatedLocation::range, RelatedLocation::message).containsExactly(
        tuple(Range.ofLine("main.tf", 4, 3, 34), "`block_public_acls` does not block it"));
    Fact policy = website.get(1).grantsEveryone();
    assertThat(policy.range().startLine()).isEqualTo(7);
    assertThat(policy.origin()).extracting(RelatedLocation::message)
        .contains("`block_public_policy` does not block it");
    assertThat(access(models, "module.blocked")).extracting(model -> model.grantsEveryone().truth(),
            model -> model.grantsEveryone().attribute())
        .containsExactly(tuple(Truth.FALSE, "block_public_acls"), tuple(Truth.FALSE, "block_public_policy"));
    assertThat(access(models, "module.unattached")).extracting(model -> model.grantsEveryone().attribute())
        .containsExactly("acl");
    List<DatasetAccess> withoutBlock = access(models, "module.without_block");
    assertThat(withoutBlock).extracting(model -> model.grantsEveryone().truth(),
            model -> model.grantsEveryone().attribute())
        .containsExactly(tuple(Truth.TRUE, "acl"), tuple(Truth.FALSE, "attach_require_latest_tls_policy"));
    assertThat(withoutBlock.get(0).grantsEveryone().origin()).extracting(RelatedLocation::message)
        .containsExactly("`attach_public_policy` does not block it");
  }

  @Test
  void s3BucketCallsBlockPublicAccessByDefaultFromRelease3Point9OrWhereTheAccountBlocksIt() throws IOException {
    List<CloudModel> models = models("""
        module "old" {
          source  = "terraform-aws-modules/s3-bucket/aws"
          version = "~> 3.8.0"
          acl     = "public-read"
        }
        module "spanning" {
          source  = "terraform-aws-modules/s3-bucket/aws"
          version = "~> 3.8"
          acl     = "public-read"
        }
        module "unreadable" {
          source  = "terraform-aws-modules/s3-bucket/aws"
          version = "three"
          acl     = "public-read"
        }
        """);
    assertThat(access(models, "module.old").get(0).grantsEveryone().truth()).isEqualTo(Truth.TRUE);
    assertThat(access(models, "module.old").get(0).grantsEveryone().origin()).containsExactly(new RelatedLocation(Range.ofLine("main.tf", 3, 3, 23),
        "version constraint `~> 3.8.0` selects a release of the module before 3.9, whose `block_public_acls` "
            + "defaults to false"));
    assertThat(access(models, "module.spanning").get(0).grantsEveryone().truth()).isEqualTo(Truth.FALSE);
    assertThat(access(models, "module.unreadable").get(0).grantsEveryone().truth()).isEqualTo(Truth.UNKNOWN);

    List<CloudModel> guarded = models("""
        module "old" {
          source  = "terraform-aws-modules/s3-bucket/aws"
          version = "3.8.2"
          acl     = "public-read"
        }
        resource "aws_s3_account_public_access_block" "account" {
          ignore_public_acls = true
        }
        """);
    Fact account = access(guarded, "module.old").get(0).grantsEveryone();
    assertThat(account.truth()).isEqualTo(Truth.FALSE);
    assertThat(account.range().startLine()).isEqualTo(7);
  }

  private static List<DatasetAccess> access(List<CloudModel> models, String address) {
    return models.stream().filter(DatasetAccess.class::isInstance).map(DatasetAccess.class::cast)
        .filter(model -> model.resource().address().equals(address)).toList();
  }

  @Test
  void securityGroupRulesComeFromNamedRulesAndRuleMaps() throws IOException {
    List<CloudModel> models = models("""
        module "sg" {
          source              = "terraform-aws-modules/security-group/aws"
          ingress_cidr_blocks = ["0.0.0.0/0"]
          ingress_rules       = ["https-443-tcp", "ssh-tcp"]
          ingress_with_cidr_blocks = [
            {
              from_port   = 5432
              to_port     = 5432
              protocol    = "tcp"
              cidr_blocks = "10.0.0.0/8,0.0.0.0/0"
            },
            {
              rule = "rdp-tcp"
            },
          ]
        }
        module "off" {
          source = "terraform-aws-modules/security-group/aws"
          create = false
        }
        """);
    SecurityGroup group = Models.model(models, SecurityGroup.class, "module.sg");
    assertThat(group.rules()).extracting(FirewallRule::attribute).containsExactly("ingress_rules[0]",
        "ingress_rules[1]", "ingress_with_cidr_blocks[0]", "ingress_with_cidr_blocks[1]");
    FirewallRule ssh = group.rules().get(1);
    assertThat(ssh.ports().value()).hasValueSatisfying(ports -> assertThat(ports.from()).isEqualTo(22));
    assertThat(ssh.ports().range()).isEqualTo(Range.ofLine("main.tf", 4, 43, 52));
    assertThat(ssh.internetSources()).extracting(Located::range)
        .containsExactly(Range.ofLine("main.tf", 3, 26, 37));
    FirewallRule postgres = group.rules().get(2);
    assertThat(postgres.sources()).extracting(source -> source.value().orElseThrow())
        .containsExactly("10.0.0.0/8", "0.0.0.0/0");
    FirewallRule rdp = group.rules().get(3);
    assertThat(rdp.ports().value()).hasValueSatisfying(ports -> assertThat(ports.from()).isEqualTo(3389));
    assertThat(rdp.internetSources()).hasSize(1);
    assertThat(models).noneMatch(model -> model.resource().address().equals("module.off"));
  }

  @Test
  void vpcHasFlowLogsOnlyWhenEnabled() throws IOException {
    List<CloudModel> models = models("""
        module "default" {
          source = "terraform-aws-modules/vpc/aws"
        }
        module "logged" {
          source          = "terraform-aws-modules/vpc/aws"
          enable_flow_log = true
        }
        """);
    VirtualNetwork byDefault = Models.model(models, VirtualNetwork.class, "module.default");
    assertThat(byDefault.flowLogs().truth()).isEqualTo(Truth.FALSE);
    assertThat(byDefault.flowLogs().byDefault()).isTrue();
    assertThat(Models.model(models, VirtualNetwork.class, "module.logged").flowLogs().truth()).isEqualTo(Truth.TRUE);
  }

  @Test
  void onlyTheKnownModulesAreMapped() {
    assertThat(ProviderModels.mapsModule("terraform-aws-modules/rds/aws")).isTrue();
    assertThat(ProviderModels.mapsModule("terraform-aws-modules/iam/aws")).isFalse();
    assertThat(ProviderModels.mapsModule("aws_db_instance")).isFalse();
  }

  @Test
  void theGoogleNetworkModuleMakesOneNetworkPerSubnetThatCanHaveFlowLogs() throws IOException {
    List<CloudModel> models = models("""
        module "network" {
          source  = "terraform-google-modules/network/google"
          subnets = [
            { subnet_name = "default" },
            { subnet_name = "on", subnet_flow_logs = "true" },
            { subnet_name = "off", subnet_flow_logs = false },
            { subnet_name = "proxy", purpose = "REGIONAL_MANAGED_PROXY" },
          ]
        }
        variable "subnets" {}
        module "unknown" {
          source  = "terraform-google-modules/network/google//modules/subnets"
          subnets = var.subnets
        }
        """);
    List<VirtualNetwork> networks = models.stream().filter(VirtualNetwork.class::isInstance)
        .map(VirtualNetwork.class::cast).toList();
    assertThat(networks).extracting(network -> network.resource().address() + " "
            + network.flowLogs().attribute() + " " + network.flowLogs().truth())
        .containsExactly("module.network subnets[0].subnet_flow_logs FALSE",
            "module.network subnets[1].subnet_flow_logs TRUE", "module.network subnets[2].subnet_flow_logs FALSE",
            "module.unknown subnet_flow_logs UNKNOWN");
    assertThat(networks.get(0).flowLogs().byDefault()).isTrue();
    assertThat(networks.get(0).flowLogs().range()).isEqualTo(Range.ofLine("main.tf", 4, 5, 32));
    assertThat(networks.get(2).flowLogs().range()).isEqualTo(Range.ofLine("main.tf", 6, 28, 52));
  }
}
