package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * AWS stores that are always encrypted at rest, with a key of the customer's only when one is named:
 * {@code aws_cloudwatch_log_group}, {@code aws_secretsmanager_secret} and {@code aws_sagemaker_notebook_instance}
 * ({@code kms_key_id}), {@code aws_sagemaker_endpoint_configuration} ({@code kms_key_arn}), and
 * {@code aws_ecr_repository} ({@code encryption_configuration} with {@code encryption_type = "KMS"} and a
 * {@code kms_key}; {@code AES256} by default, and {@code KMS} without a key uses the AWS managed key), and
 * {@code aws_backup_vault} ({@code kms_key_arn}).
 */
final class AwsKeyedStoreMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_cloudwatch_log_group", "aws_secretsmanager_secret", "aws_ecr_repository", "aws_backup_vault",
        "aws_sagemaker_notebook_instance", "aws_sagemaker_endpoint_configuration");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    MapValue attributes = resource.attributes();
    return List.of(switch (resource.type()) {
      case "aws_cloudwatch_log_group" -> DataStore.alwaysEncrypted(resource, "log group",
          KmsKeys.customerManaged(attributes, "kms_key_id", resource.range()));
      case "aws_secretsmanager_secret" -> DataStore.alwaysEncrypted(resource, "secret",
          KmsKeys.customerManaged(attributes, "kms_key_id", resource.range()));
      case "aws_sagemaker_notebook_instance" -> DataStore.alwaysEncrypted(resource, "notebook storage",
          KmsKeys.customerManaged(attributes, "kms_key_id", resource.range()));
      case "aws_sagemaker_endpoint_configuration" -> DataStore.alwaysEncrypted(resource, "endpoint storage",
          KmsKeys.customerManaged(attributes, "kms_key_arn", resource.range()));
      case "aws_backup_vault" -> DataStore.alwaysEncrypted(resource, "backup vault",
          KmsKeys.customerManaged(attributes, "kms_key_arn", resource.range()));
      default -> DataStore.alwaysEncrypted(resource, "repository", repositoryKey(resource));
    });
  }

  private static Fact repositoryKey(Resource repository) {
    NestedBlocks configuration = NestedBlocks.of(repository.attributes(), "encryption_configuration");
    if (configuration.isMissing()) {
      return Fact.byDefault(false, "encryption_configuration", repository.range());
    }
    List<MapValue> blocks = configuration.known();
    return blocks.isEmpty() ? configuration.presence("encryption_configuration")
        : KmsKeys.customerManagedWithType(blocks.get(0), "encryption_type", "KMS", "kms_key",
            blocks.get(0).range());
  }
}
