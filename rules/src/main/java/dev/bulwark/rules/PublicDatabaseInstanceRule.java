package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/**
 * BW101: a managed database that gets an endpoint on the internet: an RDS, Aurora, Neptune, Redshift or DMS instance
 * that is publicly accessible, an Azure database server with public network access, a Cloud SQL instance with a
 * public IP address.
 */
@RuleInfo(
    id = "BW101",
    name = "database-publicly-accessible",
    title = "Database is reachable from the internet",
    severity = Severity.HIGH,
    category = Category.PUBLIC_DATABASE,
    providers = {"aws", "azure", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `publicly_accessible = false` on AWS databases, Redshift Serverless workgroups, Timestream for "
                + "InfluxDB databases and Lightsail databases (false is the default, except for Redshift clusters "
                + "under AWS provider releases before 6.0, which the lock file or version constraints may select), "
                + "`public_network_access_enabled = false` on Azure database servers, Cosmos DB accounts, Redis "
                + "caches and AI Search services (true is the default; a Cosmos DB account can instead list its "
                + "clients in `ip_range_filter` or enable `is_virtual_network_filter_enabled`, a Redis cache can have "
                + "`azurerm_redis_firewall_rule`s; an AI Search service can list its clients in `allowed_ips`) and "
                + "`settings.ip_configuration.ipv4_enabled = false` on Cloud SQL instances (true is the default), "
                + "and reach them through private networking."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `PubliclyAccessible: false` (without it, RDS makes an instance public when its subnets' VPC "
                + "has an internet gateway; Redshift and DMS default to false and true respectively)."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `publicly_accessible: false` on the `amazon.aws.rds_instance` task (without it, RDS makes the "
                + "instance public when its subnets' VPC has an internet gateway) or `community.aws.redshift` task, "
                + "`settings.ipConfiguration.ipv4Enabled: false` on `google.cloud.gcp_sql_instance`, and "
                + "`public_network_access: Disabled`, an `ip_range_filter` or "
                + "`is_virtual_network_filter_enabled: true` on `azure_rm_cosmosdbaccount`; "
                + "`public_network_access: Disabled` on `azure_rm_sqlserver` and `azure_rm_rediscache` (or firewall "
                + "rules for the cache), `public_network_access: disabled` or a `network_rule_set` on "
                + "`azure_rm_cognitivesearch`, and create a PostgreSQL or MySQL "
                + "flexible server with `network.public_network_access: Disabled` (PostgreSQL) or in a delegated "
                + "subnet (`network.delegated_subnet_resource_id`)."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible",
        "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access",
        "https://cloud.google.com/sql/docs/mysql/configure-ip",
        "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall",
        "https://learn.microsoft.com/azure/search/service-configure-firewall",
    },
    checkov = {"CKV_AWS_17", "CKV_AWS_87", "CKV_AWS_102", "CKV_AWS_89", "CKV_AZURE_113", "CKV_AZURE_68",
        "CKV_AZURE_53", "CKV_GCP_60", "CKV_AZURE_48", "CKV_AZURE_99", "CKV_AZURE_101", "CKV_AZURE_89",
        "CKV_AZURE_124"},
    cfnNag = {"F22", "W91"},
    kics = {"35113e6f-2c6b-414d-beec-7a9482d3b2d1", "de38e1d5-54cb-4111-a868-6f7722695007",
        "c09e3ca5-f08a-4717-9c87-3919c5e6d209", "af173fde-95ea-4584-b904-bb3923ac4bda",
        "bdf8dcb4-75df-4370-92c4-606e4ae6c4d3", "5c6b727b-1382-4629-8ba9-abd1365e5610",
        "9ba198e0-fef4-464a-8a4d-75ea55300de7", "7f0a8696-7159-4337-ad0d-8a3ab4a78195",
        "ade36cf4-329f-4830-a83d-9db72c800507", "f118890b-2468-42b1-9ce9-af35146b425b",
        "b187edca-b81e-4fdc-aff4-aab57db45edb", "7d7054c0-3a52-4e9b-b9ff-cbfe16a2378b",
        "030d3b18-1821-45b4-9e08-50efbe7becbb", "5864fb39-d719-4182-80e2-89dbe627be63",
        "c2a3efb6-8a58-481c-82f2-bfddf34bb4b7", "e8c80448-31d8-4755-85fc-6dbab69c2717"},
    trivy = {"AVD-AWS-0082", "AVD-AWS-0180", "AVD-AZU-0022", "AVD-GCP-0017"})
final class PublicDatabaseInstanceRule extends FactRule<DatabaseInstance> {
  PublicDatabaseInstanceRule() {
    super(DatabaseInstance.class, true);
  }

  @Override
  Fact fact(DatabaseInstance database) {
    return database.publiclyAccessible();
  }

  @Override
  String problem(DatabaseInstance database, String address) {
    return FactText.capitalized(database.kind()) + " " + address + " is reachable from the internet";
  }

  /**
   * Ansible's Azure modules choose {@code Enabled} or {@code Disabled}, not true or false; a MySQL flexible server
   * has a public endpoint unless it is created in a delegated subnet.
   */
  @Override
  String detail(Fact fact) {
    if (fact.attribute().equals("network.delegated_subnet_resource_id")) {
      return "it is created outside a delegated subnet (`network.delegated_subnet_resource_id`), with a public "
          + "endpoint";
    }
    if (!fact.attribute().endsWith("public_network_access")) {
      return FactText.shouldBe(fact, false);
    }
    return "`" + fact.attribute() + "` should be `Disabled`; " + (fact.byDefault()
        ? "it is not set and defaults to `Enabled`" : "it is not");
  }
}
