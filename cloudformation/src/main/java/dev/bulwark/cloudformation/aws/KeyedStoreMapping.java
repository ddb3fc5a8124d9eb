package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * AWS stores that are always encrypted at rest, with a key of the customer's only when one is named:
 * {@code AWS::Logs::LogGroup}, {@code AWS::SecretsManager::Secret}, {@code AWS::SageMaker::NotebookInstance} and
 * {@code AWS::SageMaker::EndpointConfig} ({@code KmsKeyId}), and
 * {@code AWS::ECR::Repository} ({@code EncryptionConfiguration} with {@code EncryptionType: KMS} and a
 * {@code KmsKey}; {@code AES256} by default, and {@code KMS} without a key uses the AWS managed key), and
 * {@code AWS::Backup::BackupVault} ({@code EncryptionKeyArn}).
 */
final class KeyedStoreMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::Logs::LogGroup", "AWS::SecretsManager::Secret", "AWS::ECR::Repository",
        "AWS::Backup::BackupVault", "AWS::SageMaker::NotebookInstance", "AWS::SageMaker::EndpointConfig");
  }

  @Override
  public List<CloudModel> map(Resource resource, ResourceGraph graph) {
    MapValue properties = resource.attributes();
    return List.of(switch (resource.type()) {
      case "AWS::Logs::LogGroup" -> DataStore.alwaysEncrypted(resource, "log group",
          KmsKeys.customerManaged(properties, "KmsKeyId", resource.range()));
      case "AWS::SecretsManager::Secret" -> DataStore.alwaysEncrypted(resource, "secret",
          KmsKeys.customerManaged(properties, "KmsKeyId", resource.range()));
      case "AWS::SageMaker::NotebookInstance" -> DataStore.alwaysEncrypted(resource, "notebook storage",
          KmsKeys.customerManaged(properties, "KmsKeyId", resource.range()));
      case "AWS::SageMaker::EndpointConfig" -> DataStore.alwaysEncrypted(resource, "endpoint storage",
          KmsKeys.customerManaged(properties, "KmsKeyId", resource.range()));
      case "AWS::Backup::BackupVault" -> DataStore.alwaysEncrypted(resource, "backup vault",
          KmsKeys.customerManaged(properties, "EncryptionKeyArn", resource.range()));
      default -> DataStore.alwaysEncrypted(resource, "repository", repositoryKey(resource));
    });
  }

  private static Fact repositoryKey(Resource repository) {
    return KmsKeys.customerManagedWithType(repository.attributes().entry("EncryptionConfiguration"),
        "EncryptionConfiguration", "EncryptionType", "KMS", "KmsKey", repository.range());
  }

}
