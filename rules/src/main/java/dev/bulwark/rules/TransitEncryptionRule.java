package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.EncryptedInTransit;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BW302: a cache or search domain whose traffic is not encrypted in transit. */
@RuleInfo(
    id = "BW302",
    name = "traffic-not-encrypted-in-transit",
    title = "Traffic is not encrypted in transit",
    severity = Severity.MEDIUM,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"aws", "azure", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `transit_encryption_enabled = true` on ElastiCache replication groups and clusters (and "
                + "move `transit_encryption_mode` from `preferred` to `required` once clients use TLS), "
                + "`transit_encryption_mode = \"SERVER_AUTHENTICATION\"` on `google_redis_instance`, "
                + "`cluster_endpoint_encryption_type = \"TLS\"` on DAX clusters, `client_broker = \"TLS\"` and "
                + "`in_cluster = true` (the defaults) under `encryption_info.encryption_in_transit` of MSK clusters, "
                + "`non_ssl_port_enabled = false` (the default) on `azurerm_redis_cache`, "
                + "`settings.ip_configuration.ssl_mode = \"ENCRYPTED_ONLY\"` on Cloud SQL instances, "
                + "`ssl_enforcement_enabled = true` on Azure PostgreSQL, MySQL and MariaDB servers, "
                + "`value = \"ON\"` on a flexible server's `require_secure_transport` configuration (or remove it), "
                + "and "
                + "`node_to_node_encryption { enabled = true }` on OpenSearch/Elasticsearch domains; in the "
                + "`configuration` of `aws_emr_security_configuration`, set "
                + "`EncryptionConfiguration.EnableInTransitEncryption` to true; set `transit_encryption = \"ENABLED\"` "
                + "in each `efs_volume_configuration` of `aws_ecs_task_definition`; keep "
                + "`domain_endpoint_options { enforce_https = true }` on OpenSearch/Elasticsearch domains; give "
                + "Redshift clusters an `aws_redshift_parameter_group` with `parameter { name = \"require_ssl\" "
                + "value = \"true\" }` as their `cluster_parameter_group_name`; remove `parameter { name = \"tls\" "
                + "value = \"disabled\" }` from `aws_docdb_cluster_parameter_group`; set `rds.force_ssl` to `1` "
                + "(PostgreSQL, SQL Server) or `require_secure_transport` to `1` (MySQL, MariaDB) in "
                + "`aws_db_parameter_group` and `aws_rds_cluster_parameter_group`; set `ssl_mode = \"verify-full\"` "
                + "(or `require`) on `aws_dms_endpoint`s that reach a database, and `require_tls = true` on "
                + "`aws_db_proxy`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `TransitEncryptionEnabled: true` on `AWS::ElastiCache::ReplicationGroup`/`CacheCluster` (with "
                + "`TransitEncryptionMode: required`, the default, rather than `preferred`), "
                + "`ClusterEndpointEncryptionType: TLS` on `AWS::DAX::Cluster`, `ClientBroker: TLS` and `InCluster: "
                + "true` (the defaults) under `EncryptionInfo.EncryptionInTransit` of `AWS::MSK::Cluster`, and "
                + "`NodeToNodeEncryptionOptions: {Enabled: true}` on OpenSearch/Elasticsearch domains; set "
                + "`SecurityConfiguration.EncryptionConfiguration.EnableInTransitEncryption: true` on "
                + "`AWS::EMR::SecurityConfiguration`, and `TransitEncryption: ENABLED` in each "
                + "`EFSVolumeConfiguration` of `AWS::ECS::TaskDefinition`; keep `DomainEndpointOptions: {EnforceHTTPS: "
                + "true}` on OpenSearch/Elasticsearch domains; give Redshift clusters an "
                + "`AWS::Redshift::ClusterParameterGroup` whose `Parameters` set `require_ssl` to `true` as their "
                + "`ClusterParameterGroupName`; remove `tls: disabled` from the `Parameters` of "
                + "`AWS::DocDB::DBClusterParameterGroup`; set `rds.force_ssl` (PostgreSQL, SQL Server) or "
                + "`require_secure_transport` (MySQL, MariaDB) to `1` in the `Parameters` of "
                + "`AWS::RDS::DBParameterGroup` and `AWS::RDS::DBClusterParameterGroup`; set `SslMode: verify-full` "
                + "(or `require`) on `AWS::DMS::Endpoint`s that reach a database, and `RequireTLS: true` on "
                + "`AWS::RDS::DBProxy`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `node_to_node_encryption_options: {enabled: true}` on the `community.aws.opensearch` task "
                + "(and keep `domain_endpoint_options.enforce_https` true), "
                + "remove `enable_non_ssl_port: true` from `azure_rm_rediscache`, set "
                + "`settings.ip_configuration.require_ssl: true` on `google.cloud.gcp_sql_instance`, "
                + "`enforce_ssl: true` on `azure_rm_postgresqlserver`, `azure_rm_mysqlserver` and "
                + "`azure_rm_mariadbserver`, "
                + "and keep `encryption.in_transit` of `community.aws.msk_cluster` at `client_broker: TLS` and "
                + "`in_cluster: true` (the defaults); set `transitEncryption: ENABLED` in each "
                + "`efsVolumeConfiguration` of the `volumes` of `community.aws.ecs_taskdefinition`; set "
                + "`rds.force_ssl` "
                + "(PostgreSQL, SQL Server) or `require_secure_transport` (MySQL, MariaDB) to `1` in the `params` of "
                + "`amazon.aws.rds_instance_param_group` (the `parameter_value` of its item in the `parameters` of "
                + "`amazon.aws.rds_cluster_param_group`); set `sslmode: verify-full` (or `require`) on "
                + "`community.aws.dms_endpoint` tasks that reach a database. "
                + "`community.aws.elasticache` cannot turn transit encryption on: "
                + "create the cache as a replication group (Redis, Valkey) or a Memcached cluster with transit "
                + "encryption by other means."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html",
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
        "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports",
        "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance",
        "https://learn.microsoft.com/azure/postgresql/flexible-server/security-tls",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html",
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html",
        "https://cloud.google.com/memorystore/docs/redis/about-in-transit-encryption",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html",
        "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.howitworks.html#rds-proxy-security.tls",
    },
    checkov = {"CKV_AWS_30", "CKV_AWS_6", "CKV_AWS_239", "CKV_AWS_81", "CKV_AZURE_91", "CKV_GCP_6",
        "CKV_GCP_97", "CKV_AZURE_28", "CKV_AZURE_29", "CKV_AZURE_47", "CKV_AWS_97", "CKV_AWS_83", "CKV_AWS_105",
        "CKV_AWS_90", "CKV2_AWS_49", "CKV_AWS_202", "CKV_AWS_351"},
    cfnNag = {"F33", "W83"},
    kics = {"1afbb3fa-cf6c-4a3d-b730-95e9f4df343e", "6db52fa6-d4da-4608-908a-89f0c59e743e",
        "a976d63f-af0e-46e8-b714-8c1a9c4bf768", "5b033ec8-f079-4323-b5c8-99d4620433a9",
        "d6c2d06f-43c1-488a-9ba1-8d75b40fc62d"},
    trivy = {"AVD-AWS-0051", "AVD-AWS-0043", "AVD-AWS-0073", "AVD-GCP-0015", "AVD-AZU-0020", "AVD-AWS-0138",
        "AVD-AWS-0035", "AVD-AWS-0046"})
final class TransitEncryptionRule extends FactRule<EncryptedInTransit> {
  /**
   * Settings that choose a transport rather than turn encryption on, with the value that encrypts and their default:
   * a DAX cluster's endpoint encryption, MSK's client traffic, Cloud SQL's SSL mode, an Azure single server's older
   * SSL enforcement, a flexible server's {@code require_secure_transport} parameter, an ECS task's EFS volume, a
   * DocumentDB parameter group's {@code tls}, an RDS parameter group's {@code rds.force_ssl} and a Memorystore for
   * Redis instance's transit encryption mode.
   */
  private static final Map<String, List<String>> TRANSPORTS = Map.ofEntries(
      Map.entry("cluster_endpoint_encryption_type", List.of("TLS", "NONE")),
      Map.entry("ClusterEndpointEncryptionType", List.of("TLS", "NONE")),
      Map.entry("client_broker", List.of("TLS", "TLS")),
      Map.entry("ClientBroker", List.of("TLS", "TLS")),
      Map.entry("ssl_mode", List.of("ENCRYPTED_ONLY", "ALLOW_UNENCRYPTED_AND_ENCRYPTED")),
      Map.entry("ssl_enforcement", List.of("Enabled", "Enabled")),
      Map.entry("require_secure_transport", List.of("ON", "ON")),
      Map.entry("rds.force_ssl", List.of("1", "0")),
      Map.entry("transit_encryption", List.of("ENABLED", "DISABLED")),
      Map.entry("TransitEncryption", List.of("ENABLED", "DISABLED")),
      Map.entry("transitEncryption", List.of("ENABLED", "DISABLED")),
      Map.entry("tls", List.of("enabled", "enabled")),
      Map.entry("transit_encryption_mode", List.of("SERVER_AUTHENTICATION", "DISABLED")));
  /** ElastiCache's transit encryption mode, whose {@code preferred} admits clients in plain text beside TLS ones. */
  private static final Set<String> ELASTICACHE_MODES = Set.of("transit_encryption_mode", "TransitEncryptionMode");
  /** Settings that choose a Redshift parameter group: the default groups leave {@code require_ssl} false. */
  private static final Set<String> PARAMETER_GROUPS = Set.of("cluster_parameter_group_name",
      "ClusterParameterGroupName");
  /** DMS endpoints, whose SSL mode is {@code none} (plain text), {@code require} or a verifying mode. */
  private static final Set<String> DMS_ENDPOINTS = Set.of("aws_dms_endpoint", "AWS::DMS::Endpoint",
      "community.aws.dms_endpoint");
  /** Settings that open a plain-text port when true (Azure Cache for Redis), so the secure value is false. */
  private static final Set<String> PLAIN_TEXT_PORTS = Set.of("non_ssl_port_enabled", "enable_non_ssl_port");

  TransitEncryptionRule() {
    super(EncryptedInTransit.class, false);
  }

  @Override
  Fact fact(EncryptedInTransit service) {
    return service.encryptedInTransit();
  }

  @Override
  String problem(EncryptedInTransit service, String address) {
    return address + " does not encrypt its traffic in transit";
  }

  @Override
  String detail(EncryptedInTransit service, Fact fact) {
    if (DMS_ENDPOINTS.contains(((CloudModel) service).resource().type())) {
      return "`" + fact.attribute() + "` should be `verify-full` (or at least `require`); "
          + (fact.byDefault() ? "it is not set and defaults to `none`" : "it connects in plain text");
    }
    if (service instanceof CacheCluster && fact.attribute().equals(CacheCluster.STANDALONE_ENGINE)) {
      return "a cluster outside a replication group uses TLS only with Memcached 1.6.12 or later and transit "
          + "encryption turned on when it is created, which this declaration cannot do; declare a replication group "
          + "with transit encryption instead";
    }
    boolean elastiCache = !((CloudModel) service).resource().type().startsWith("google_");
    return elastiCache && ELASTICACHE_MODES.contains(fact.attribute())
        ? "`" + fact.attribute() + "` should be `required`; `preferred` also accepts clients in plain text"
        : detail(fact);
  }

  @Override
  String detail(Fact fact) {
    if (PARAMETER_GROUPS.contains(fact.attribute())) {
      return "`" + fact.attribute() + (fact.byDefault() ? "` is not set, so the default parameter group applies"
          : "` names a default parameter group") + ", whose `require_ssl` is false";
    }
    if (PLAIN_TEXT_PORTS.contains(fact.attribute())) {
      return FactText.shouldBe(fact, false);
    }
    List<String> transport = TRANSPORTS.get(fact.attribute());
    if (transport == null) {
      return FactText.shouldBe(fact, true);
    }
    return "`" + fact.attribute() + "` should be `" + transport.get(0) + "`; " + (fact.byDefault()
        ? "it is not set and defaults to `" + transport.get(1) + "`" : "it lets traffic through in plain text");
  }
}
