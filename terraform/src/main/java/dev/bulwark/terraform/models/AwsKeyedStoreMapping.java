package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * AWS stores that are always encrypted at rest, with a key of the customer's only when one is named. Most name it in
 * one attribute ({@link #KEYS}); {@code aws_ecr_repository} in its {@code encryption_configuration}
 * ({@code encryption_type = "KMS"} and a {@code kms_key}; {@code AES256} by default, and {@code KMS} without a key
 * uses the AWS managed key) and {@code aws_keyspaces_table} in its {@code encryption_specification}
 * ({@code type = "CUSTOMER_MANAGED_KMS_KEY"} and a {@code kms_key_identifier}); Network Firewall policies and rule
 * groups as {@link #firewallConfiguration} reads them; an {@code aws_lambda_function}'s
 * environment variables, when it sets some, by {@code kms_key_arn}; an {@code aws_ssm_parameter} of type
 * {@code SecureString} by {@code key_id} (the AWS managed key {@code alias/aws/ssm} without one). An FSx for Lustre
 * file system takes a key only when persistent ({@code deployment_type} {@code PERSISTENT_1} or
 * {@code PERSISTENT_2}); a scratch one (the default) is encrypted with keys FSx manages and is not modelled.
 */
final class AwsKeyedStoreMapping implements ModelMapping {
  /** What each store is called in messages, and the attribute that names its key, by type. */
  private static final Map<String, List<String>> KEYS = Map.ofEntries(
      Map.entry("aws_cloudwatch_log_group", List.of("log group", "kms_key_id")),
      Map.entry("aws_secretsmanager_secret", List.of("secret", "kms_key_id")),
      Map.entry("aws_sagemaker_notebook_instance", List.of("notebook storage", "kms_key_id")),
      Map.entry("aws_sagemaker_endpoint_configuration", List.of("endpoint storage", "kms_key_arn")),
      Map.entry("aws_sagemaker_domain", List.of("domain storage", "kms_key_id")),
      Map.entry("aws_backup_vault", List.of("backup vault", "kms_key_arn")),
      Map.entry("aws_fsx_lustre_file_system", List.of("file system", "kms_key_id")),
      Map.entry("aws_fsx_windows_file_system", List.of("file system", "kms_key_id")),
      Map.entry("aws_fsx_ontap_file_system", List.of("file system", "kms_key_id")),
      Map.entry("aws_fsx_openzfs_file_system", List.of("file system", "kms_key_id")),
      Map.entry("aws_timestreamwrite_database", List.of("time series database", "kms_key_id")),
      Map.entry("aws_qldb_ledger", List.of("ledger", "kms_key")),
      Map.entry("aws_docdbelastic_cluster", List.of("cluster storage", "kms_key_id")),
      Map.entry("aws_redshiftserverless_namespace", List.of("namespace", "kms_key_id")),
      Map.entry("aws_kinesis_video_stream", List.of("video stream", "kms_key_id")),
      Map.entry("aws_cloudtrail_event_data_store", List.of("event data store", "kms_key_id")),
      Map.entry("aws_codeartifact_domain", List.of("artifact domain", "encryption_key")),
      Map.entry("aws_codebuild_project", List.of("build output", "encryption_key")),
      Map.entry("aws_bedrockagent_agent", List.of("agent", "customer_encryption_key_arn")),
      Map.entry("aws_scheduler_schedule", List.of("schedule", "kms_key_arn")),
      Map.entry("aws_imagebuilder_component", List.of("component", "kms_key_id")),
      Map.entry("aws_appflow_flow", List.of("flow data", "kms_arn")),
      Map.entry("aws_appflow_connector_profile", List.of("connector credentials", "kms_arn")),
      Map.entry("aws_memorydb_snapshot", List.of("snapshot", "kms_key_arn")));
  private static final String REPOSITORY = "aws_ecr_repository";
  private static final String KEYSPACES_TABLE = "aws_keyspaces_table";
  private static final String FUNCTION = "aws_lambda_function";
  private static final String PARAMETER = "aws_ssm_parameter";
  private static final String LUSTRE = "aws_fsx_lustre_file_system";
  private static final Set<String> NETWORK_FIREWALL = Set.of("aws_networkfirewall_firewall_policy",
      "aws_networkfirewall_rule_group");

  private static final Set<String> TYPES = Stream.concat(KEYS.keySet().stream(),
      Stream.concat(Stream.of(REPOSITORY, KEYSPACES_TABLE, FUNCTION, PARAMETER), NETWORK_FIREWALL.stream()))
      .collect(Collectors.toUnmodifiableSet());

  @Override
  public Set<String> types() {
    return TYPES;
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    MapValue attributes = resource.attributes();
    return switch (resource.type()) {
      case REPOSITORY -> List.of(DataStore.alwaysEncrypted(resource, "repository",
          withType(resource, "encryption_configuration", "encryption_type", "KMS", "kms_key")));
      case KEYSPACES_TABLE -> List.of(DataStore.alwaysEncrypted(resource, "table",
          withType(resource, "encryption_specification", "type", "CUSTOMER_MANAGED_KMS_KEY", "kms_key_identifier")));
      case PARAMETER -> secureString(attributes, "type")
          ? List.of(DataStore.alwaysEncrypted(resource, "parameter",
              KmsKeys.customerManaged(attributes, "key_id", resource.range())))
          : List.of();
      case FUNCTION -> DataStore.functionEnvironment(resource,
          NestedBlocks.of(attributes, "environment").known().stream().findFirst()
              .flatMap(environment -> environment.get("variables")),
          KmsKeys.customerManaged(attributes, "kms_key_arn", resource.range()));
      case "aws_networkfirewall_firewall_policy", "aws_networkfirewall_rule_group" ->
          List.of(firewallConfiguration(resource));
      default -> {
        List<String> store = KEYS.get(resource.type());
        Fact key = KmsKeys.customerManaged(attributes, store.get(1), resource.range());
        yield resource.type().equals(LUSTRE) ? lustre(resource, store.get(0), key)
            : List.of(DataStore.alwaysEncrypted(resource, store.get(0), key));
      }
    };
  }

  /** Whether {@code key} of {@code attributes} is known to be {@code SecureString}. */
  private static boolean secureString(MapValue attributes, String key) {
    return attributes.get(key).flatMap(value -> value.asString()).filter("SecureString"::equals).isPresent();
  }

  /** A persistent Lustre file system's key; a scratch one (the default deployment type) is not modelled. */
  private static List<CloudModel> lustre(Resource fileSystem, String kind, Fact key) {
    Optional<MapEntry> deployment = fileSystem.attribute("deployment_type");
    if (deployment.isEmpty()) {
      return List.of();
    }
    Optional<String> type = deployment.get().value().asString();
    if (type.isEmpty()) {
      return List.of(DataStore.alwaysEncrypted(fileSystem, kind,
          Fact.unknown("deployment_type", deployment.get().range(), deployment.get().value().origin())));
    }
    return type.get().startsWith("PERSISTENT") ? List.of(DataStore.alwaysEncrypted(fileSystem, kind, key)) : List.of();
  }

  /**
   * The configuration a Network Firewall firewall, policy or rule group stores: with a key of the customer's when its
   * {@code encryption_configuration} has {@code type = "CUSTOMER_KMS"} and a {@code key_id} (a key AWS owns by
   * default).
   */
  static DataStore firewallConfiguration(Resource resource) {
    return DataStore.alwaysEncrypted(resource, "firewall configuration",
        withType(resource, "encryption_configuration", "type", "CUSTOMER_KMS", "key_id"));
  }

  /** A key chosen by a type in the first {@code block}: false without the block, as {@link KmsKeys} reads it. */
  private static Fact withType(Resource store, String block, String typeKey, String customerType, String key) {
    return NestedBlocks.first(store.attributes(), block, store.range(),
        (settings, at) -> KmsKeys.customerManagedWithType(settings, typeKey, customerType, key, at));
  }
}
