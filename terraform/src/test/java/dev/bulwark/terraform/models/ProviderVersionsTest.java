package dev.bulwark.terraform.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KubernetesCluster;
import dev.bulwark.core.model.Truth;
import dev.bulwark.terraform.TerraformProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A default that changed between provider or module releases is the one of the release the configuration selects:
 * the lock file's, else the newest its version constraints allow.
 */
class ProviderVersionsTest {
  private static final String CLUSTER = """
      resource "aws_redshift_cluster" "warehouse" {
        cluster_identifier = "warehouse"
        node_type          = "ra3.xlplus"
      }
      """;

  @TempDir
  Path folder;

  private Fact publiclyAccessible(TerraformProject project) {
    List<CloudModel> models = project.analyze().models();
    return Models.model(models, DatabaseInstance.class, "aws_redshift_cluster.warehouse").publiclyAccessible();
  }

  private static String requiring(String constraint) {
    return """
        terraform {
          required_providers {
            aws = {
              source  = "hashicorp/aws"
              version = "%s"
            }
          }
        }
        """.formatted(constraint);
  }

  @Test
  void withoutAnyVersionTheLatestDefaultApplies() throws IOException {
    Fact fact = publiclyAccessible(new TerraformProject(folder).file("main.tf", CLUSTER));

    assertThat(fact.truth()).isEqualTo(Truth.FALSE);
    assertThat(fact.origin()).isEmpty();
  }

  @Test
  void aConstraintThatHoldsTheProviderBeforeSixMakesTheClusterPublicAndSaysWhere() throws IOException {
    Fact fact = publiclyAccessible(new TerraformProject(folder)
        .file("versions.tf", requiring("~> 5.0"))
        .file("main.tf", CLUSTER));

    assertThat(fact.truth()).isEqualTo(Truth.TRUE);
    assertThat(fact.byDefault()).isTrue();
    assertThat(fact.range()).isEqualTo(Range.ofLine("main.tf", 1, 1, 44));
    assertThat(fact.origin()).containsExactly(new RelatedLocation(Range.ofLine("versions.tf", 5, 7, 25),
        "version constraint `~> 5.0` selects a release of provider `aws` before 6.0, in which "
            + "`publicly_accessible` defaults to true"));
  }

  @Test
  void aConstraintThatAllowsSixLeavesTheLatestDefault() throws IOException {
    assertThat(publiclyAccessible(new TerraformProject(folder)
        .file("versions.tf", requiring(">= 4.0"))
        .file("main.tf", CLUSTER)).truth()).isEqualTo(Truth.FALSE);
    assertThat(publiclyAccessible(new TerraformProject(folder)
        .file("versions.tf", requiring(">= 4.0, < 6.1"))
        .file("main.tf", CLUSTER)).truth()).isEqualTo(Truth.FALSE);
  }

  @Test
  void anExplicitSettingIsNotAffected() throws IOException {
    Fact fact = publiclyAccessible(new TerraformProject(folder)
        .file("versions.tf", requiring("~> 5.0"))
        .file("main.tf", CLUSTER.replace("node_type ", "publicly_accessible = false\n  node_type ")));

    assertThat(fact.truth()).isEqualTo(Truth.FALSE);
    assertThat(fact.byDefault()).isFalse();
  }

  @Test
  void theLockFileSelectsTheReleaseWhateverTheConstraintsAllow() throws IOException {
    String lock = """
        # This file is maintained automatically by "terraform init".
        provider "registry.terraform.io/hashicorp/aws" {
          version     = "5.94.1"
          constraints = ">= 5.0"
          hashes = [
            "h1:dYdnGlaCJONFyGk/t3Y4iJzQ8EiJr2DaDdZ/2JV5PZU=",
          ]
        }
        """;
    Fact fact = publiclyAccessible(new TerraformProject(folder)
        .file(".terraform.lock.hcl", lock)
        .file("versions.tf", requiring(">= 5.0"))
        .file("main.tf", CLUSTER));

    assertThat(fact.truth()).isEqualTo(Truth.TRUE);
    assertThat(fact.origin()).containsExactly(new RelatedLocation(Range.ofLine(".terraform.lock.hcl", 3, 3, 25),
        "the dependency lock file selects release 5.94.1 of provider `aws`, in which `publicly_accessible` "
            + "defaults to true"));

    Fact upgraded = publiclyAccessible(new TerraformProject(folder)
        .file(".terraform.lock.hcl", lock.replace("5.94.1", "6.2.0"))
        .file("versions.tf", requiring("~> 5.0"))
        .file("main.tf", CLUSTER));
    assertThat(upgraded.truth()).isEqualTo(Truth.FALSE);
  }

  @Test
  void constraintsOfCalledModulesLegacyFormsAndJsonSyntaxCount() throws IOException {
    Fact fromModule = publiclyAccessible(new TerraformProject(folder)
        .file("main.tf", CLUSTER + "module \"network\" {\n  source = \"./network\"\n}\n")
        .file("network/versions.tf", "terraform {\n  required_providers {\n    aws = \"< 6.0\"\n  }\n}\n"));
    assertThat(fromModule.truth()).isEqualTo(Truth.TRUE);
    assertThat(fromModule.origin()).extracting(RelatedLocation::range)
        .containsExactly(Range.ofLine("network/versions.tf", 3, 5, 18));

    Fact fromProviderBlock = publiclyAccessible(new TerraformProject(folder.resolve("legacy"))
        .file("main.tf", CLUSTER + "provider \"aws\" {\n  version = \"~> 2.70\"\n}\n"));
    assertThat(fromProviderBlock.truth()).isEqualTo(Truth.TRUE);

    Fact fromJson = publiclyAccessible(new TerraformProject(folder.resolve("json"))
        .file("versions.tf.json", """
            {"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": "~> 5.80"}}}}
            """)
        .file("main.tf", CLUSTER));
    assertThat(fromJson.truth()).isEqualTo(Truth.TRUE);
  }

  @Test
  void theEksModuleEnablesLogTypesByDefaultFromReleaseEighteen() throws IOException {
    List<CloudModel> models = new TerraformProject(folder).file("main.tf", """
        module "old" {
          source  = "terraform-aws-modules/eks/aws"
          version = "~> 17.24"
        }
        module "spanning" {
          source  = "terraform-aws-modules/eks/aws"
          version = ">= 17.0"
        }
        module "latest" {
          source = "terraform-aws-modules/eks/aws"
        }
        module "unreadable" {
          source  = "terraform-aws-modules/eks/aws"
          version = "seventeen"
        }
        """).analyze().models();

    Fact old = Models.model(models, KubernetesCluster.class, "module.old").controlPlaneLogging();
    assertThat(old.truth()).isEqualTo(Truth.FALSE);
    assertThat(old.origin()).containsExactly(new RelatedLocation(Range.ofLine("main.tf", 3, 3, 23),
        "version constraint `~> 17.24` selects a release of the module before 18, which enables no log type by "
            + "default"));
    assertThat(Models.model(models, KubernetesCluster.class, "module.spanning").controlPlaneLogging().truth())
        .isEqualTo(Truth.TRUE);
    assertThat(Models.model(models, KubernetesCluster.class, "module.latest").controlPlaneLogging().truth())
        .isEqualTo(Truth.TRUE);
    assertThat(Models.model(models, KubernetesCluster.class, "module.unreadable").controlPlaneLogging().truth())
        .isEqualTo(Truth.UNKNOWN);
  }
}
