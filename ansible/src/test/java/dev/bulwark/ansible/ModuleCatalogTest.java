package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleCatalogTest {
  private final ModuleCatalog catalog = ModuleCatalog.get();

  @Test
  void everySpellingOfAModuleResolvesToItsFullyQualifiedName() {
    assertThat(catalog.cloudModule("amazon.aws.s3_bucket")).contains("amazon.aws.s3_bucket");
    assertThat(catalog.cloudModule("s3_bucket")).contains("amazon.aws.s3_bucket");
    assertThat(catalog.cloudModule("ansible.legacy.s3_bucket")).contains("amazon.aws.s3_bucket");
    assertThat(catalog.cloudModule("aws_s3")).contains("amazon.aws.s3_object");
    assertThat(catalog.cloudModule("amazon.aws.aws_s3")).contains("amazon.aws.s3_object");
  }

  @Test
  void legacyAliasesFollowTheCollectionsRouting() {
    assertThat(catalog.cloudModule("ec2_group")).contains("amazon.aws.ec2_security_group");
    assertThat(catalog.cloudModule("amazon.aws.ec2_group")).contains("amazon.aws.ec2_security_group");
    assertThat(catalog.cloudModule("community.aws.rds_instance")).contains("amazon.aws.rds_instance");
    assertThat(catalog.cloudModule("ec2_lc")).contains("community.aws.autoscaling_launch_config");
    assertThat(catalog.cloudModule("community.aws.ec2_instance")).contains("amazon.aws.ec2_instance");
    assertThat(catalog.cloudModule("rds")).contains("community.aws.rds");
    assertThat(catalog.cloudModule("s3_logging")).contains("community.aws.s3_logging");
    assertThat(catalog.cloudModule("community.aws.cloudtrail")).contains("amazon.aws.cloudtrail");
  }

  @Test
  void modulesThatMovedToAmazonAwsOrWereRenamedAreReachedByEveryFormerName() {
    for (String name : new String[] {"ec2_vpc_nacl", "community.aws.ec2_vpc_nacl", "amazon.aws.ec2_vpc_nacl"}) {
      assertThat(catalog.cloudModule(name)).as(name).contains("amazon.aws.ec2_vpc_nacl");
    }
    assertThat(catalog.cloudModule("community.aws.ec2_launch_template")).contains("amazon.aws.ec2_launch_template");
    assertThat(catalog.cloudModule("ec2_launch_template")).contains("amazon.aws.ec2_launch_template");
    for (String name : new String[] {"rds_param_group", "amazon.aws.rds_param_group", "community.aws.rds_param_group",
        "rds_instance_param_group"}) {
      assertThat(catalog.cloudModule(name)).as(name).contains("amazon.aws.rds_instance_param_group");
    }
    assertThat(catalog.cloudModule("rds_cluster_param_group")).contains("amazon.aws.rds_cluster_param_group");
  }

  @Test
  void azureAndGoogleModulesAreKnownByTheirPrefix() {
    assertThat(catalog.cloudModule("azure_rm_storageaccount")).contains("azure.azcollection.azure_rm_storageaccount");
    assertThat(catalog.cloudModule("gcp_sql_instance")).contains("google.cloud.gcp_sql_instance");
    assertThat(catalog.cloudModule("google.cloud.gcp_compute_firewall")).contains("google.cloud.gcp_compute_firewall");
  }

  @Test
  void builtinActionsAreNotCloudModules() {
    assertThat(catalog.cloudModule("copy")).isEmpty();
    assertThat(catalog.cloudModule("community.general.ufw")).isEmpty();
    assertThat(catalog.cloudModule("my_custom_module")).isEmpty();
    assertThat(catalog.builtin("include_tasks")).contains("include_tasks");
    assertThat(catalog.builtin("ansible.builtin.import_role")).contains("import_role");
    assertThat(catalog.builtin("ansible.legacy.set_fact")).contains("set_fact");
    assertThat(catalog.builtin("s3_bucket")).isEmpty();
    assertThat(catalog.resolve("my_custom_module")).isEmpty();
  }
}
