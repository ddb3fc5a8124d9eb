package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * AWS stores that are always encrypted at rest, with a key of the customer's only when one is named. Most name it in
 * one property ({@link #KEYS}); {@code AWS::ECR::Repository} in its {@code EncryptionConfiguration}
 * ({@code EncryptionType: KMS} and a {@code KmsKey}; {@code AES256} by default, and {@code KMS} without a key uses
 * the AWS managed key) and {@code AWS::Cassandra::Table} in its {@code EncryptionSpecification}
 * ({@code EncryptionType: CUSTOMER_MANAGED_KMS_KEY} and a {@code KmsKeyIdentifier}). A Lambda function's
 * ({@code AWS::Lambda::Function}, SAM's {@code AWS::Serverless::Function}) environment variables, when it sets some
 * in {@code Environment.Variables}, by {@code KmsKeyArn}. An {@code AWS::FSx::FileSystem}
 * of type {@code LUSTRE} takes a key only when persistent ({@code LustreConfiguration.DeploymentType}
 * {@code PERSISTENT_1} or {@code PERSISTENT_2}); a scratch one (the default) is encrypted with keys FSx manages and
 * is not modelled.
 */
final class KeyedStoreMapping implements ModelMapping {
  /** What each store is called in messages, and the property that names its key, by type. */
  private static final Map<String, List<String>> KEYS = Map.ofEntries(
      Map.entry("AWS::Logs::LogGroup", List.of("log group", "KmsKeyId")),
      Map.entry("AWS::SecretsManager::Secret", List.of("secret", "KmsKeyId")),
      Map.entry("AWS::SageMaker::NotebookInstance", List.of("notebook storage", "KmsKeyId")),
      Map.entry("AWS::SageMaker::EndpointConfig", List.of("endpoint storage", "KmsKeyId")),
      Map.entry("AWS::SageMaker::Domain", List.of("domain storage", "KmsKeyId")),
      Map.entry("AWS::Backup::BackupVault", List.of("backup vault", "EncryptionKeyArn")),
      Map.entry("AWS::FSx::FileSystem", List.of("file system", "KmsKeyId")),
      Map.entry("AWS::Timestream::Database", List.of("time series database", "KmsKeyId")),
      Map.entry("AWS::QLDB::Ledger", List.of("ledger", "KmsKey")),
      Map.entry("AWS::DocDBElastic::Cluster", List.of("cluster storage", "KmsKeyId")),
      Map.entry("AWS::RedshiftServerless::Namespace", List.of("namespace", "KmsKeyId")),
      Map.entry("AWS::KinesisVideo::Stream", List.of("video stream", "KmsKeyId")),
      Map.entry("AWS::CloudTrail::EventDataStore", List.of("event data store", "KmsKeyId")),
      Map.entry("AWS::CodeArtifact::Domain", List.of("artifact domain", "EncryptionKey")),
      Map.entry("AWS::CodeBuild::Project", List.of("build output", "EncryptionKey")),
      Map.entry("AWS::Bedrock::Agent", List.of("agent", "CustomerEncryptionKeyArn")),
      Map.entry("AWS::Scheduler::Schedule", List.of("schedule", "KmsKeyArn")),
      Map.entry("AWS::ImageBuilder::Component", List.of("component", "KmsKeyId")),
      Map.entry("AWS::AppFlow::Flow", List.of("flow data", "KMSArn")),
      Map.entry("AWS::AppFlow::ConnectorProfile", List.of("connector credentials", "KMSArn")));
  private static final String REPOSITORY = "AWS::ECR::Repository";
  private static final String KEYSPACES_TABLE = "AWS::Cassandra::Table";
  private static final String FUNCTION = "AWS::Lambda::Function";
  private static final String SAM_FUNCTION = "AWS::Serverless::Function";
  private static final Set<String> TYPES = Stream.concat(KEYS.keySet().stream(),
      Stream.of(REPOSITORY, KEYSPACES_TABLE, FUNCTION, SAM_FUNCTION)).collect(Collectors.toUnmodifiableSet());

  @Override
  public Set<String> types() {
    return TYPES;
  }

  @Override
  public List<CloudModel> map(Resource resource, Stack stack) {
    return switch (resource.type()) {
      case REPOSITORY -> List.of(DataStore.alwaysEncrypted(resource, "repository", withType(resource,
          "EncryptionConfiguration", "EncryptionType", "KMS", "KmsKey")));
      case KEYSPACES_TABLE -> List.of(DataStore.alwaysEncrypted(resource, "table", withType(resource,
          "EncryptionSpecification", "EncryptionType", "CUSTOMER_MANAGED_KMS_KEY", "KmsKeyIdentifier")));
      case FUNCTION, SAM_FUNCTION -> DataStore.functionEnvironment(resource,
          resource.attributes().get("Environment").flatMap(Value::asMap).flatMap(environment ->
              environment.get("Variables")),
          KmsKeys.customerManaged(resource.attributes(), "KmsKeyArn", resource.range()));
      default -> {
        List<String> store = KEYS.get(resource.type());
        Fact key = KmsKeys.customerManaged(resource.attributes(), store.get(1), resource.range());
        yield scratchLustre(resource) ? List.of() : List.of(DataStore.alwaysEncrypted(resource, store.get(0), key));
      }
    };
  }

  /** Whether a file system is known to be FSx for Lustre of a scratch deployment type (the default). */
  private static boolean scratchLustre(Resource fileSystem) {
    Optional<String> type = fileSystem.attributes().get("FileSystemType").flatMap(value -> value.asString());
    if (!type.map("LUSTRE"::equalsIgnoreCase).orElse(false)) {
      return false;
    }
    Optional<MapEntry> deployment = fileSystem.attributes().get("LustreConfiguration")
        .flatMap(value -> value.asMap()).flatMap(settings -> settings.entry("DeploymentType"));
    return deployment.isEmpty()
        || deployment.get().value().asString().map(text -> text.startsWith("SCRATCH")).orElse(false);
  }

  private static Fact withType(Resource store, String name, String typeKey, String customerType, String key) {
    return KmsKeys.customerManagedWithType(store.attributes().entry(name), name, typeKey, customerType, key,
        store.range());
  }
}
