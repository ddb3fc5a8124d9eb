package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * Stores that are always encrypted at rest, with a key of the customer's only when one is named, unless
 * {@code state: absent}: {@code amazon.aws.cloudwatchlogs_log_group} and {@code community.aws.secretsmanager_secret}
 * ({@code kms_key_id}), and {@code community.aws.ecs_ecr} ({@code encryption_configuration} with
 * {@code encryption_type: KMS} and a {@code kms_key}; {@code AES256} by default, and {@code KMS} without a key uses
 * the AWS managed key), {@code amazon.aws.backup_vault} ({@code encryption_key_arn}), and
 * {@code google.cloud.gcp_pubsub_topic} ({@code kms_key_name}; a key Google manages otherwise), and the
 * {@code environment_variables} of an {@code amazon.aws.lambda} function, when it sets some ({@code kms_key_arn}),
 * and a {@code community.aws.ssm_parameter} whose {@code string_type} is {@code SecureString} ({@code key_id}; the
 * AWS managed key {@code alias/aws/ssm} without one).
 */
final class KeyedStoreMapping implements ModuleMapping {
  private static final String LOG_GROUP = "amazon.aws.cloudwatchlogs_log_group";
  private static final String SECRET = "community.aws.secretsmanager_secret";
  private static final String BACKUP_VAULT = "amazon.aws.backup_vault";
  private static final String TOPIC = "google.cloud.gcp_pubsub_topic";
  private static final String QUEUE = "community.aws.sqs_queue";
  private static final String FUNCTION = "amazon.aws.lambda";
  private static final String PARAMETER = "community.aws.ssm_parameter";

  @Override
  public Set<String> modules() {
    return Set.of(LOG_GROUP, SECRET, BACKUP_VAULT, TOPIC, QUEUE, FUNCTION, PARAMETER, "community.aws.ecs_ecr");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    if (task.type().equals(PARAMETER)) {
      return Args.entry(task.attributes(), "string_type").flatMap(entry -> entry.value().asString())
          .filter("SecureString"::equals).isEmpty() ? List.of()
          : List.of(DataStore.alwaysEncrypted(task, "parameter",
              KmsKeys.customerManaged(task.attributes(), "key_id", task.range())));
    }
    if (task.type().equals(FUNCTION)) {
      return DataStore.functionEnvironment(task, Args.entry(task.attributes(), "environment_variables")
          .map(entry -> entry.value()), KmsKeys.customerManaged(task.attributes(), "kms_key_arn", task.range()));
    }
    return List.of(switch (task.type()) {
      case LOG_GROUP -> DataStore.alwaysEncrypted(task, "log group",
          KmsKeys.customerManaged(task.attributes(), "kms_key_id", task.range()));
      case SECRET -> DataStore.alwaysEncrypted(task, "secret",
          KmsKeys.customerManaged(task.attributes(), "kms_key_id", task.range()));
      case BACKUP_VAULT -> DataStore.alwaysEncrypted(task, "backup vault",
          KmsKeys.customerManaged(task.attributes(), "encryption_key_arn", task.range()));
      case TOPIC -> DataStore.alwaysEncrypted(task, "topic",
          KmsKeys.customerManaged(task.attributes(), "kms_key_name", task.range()));
      case QUEUE -> DataStore.alwaysEncrypted(task, "queue",
          KmsKeys.customerManaged(task.attributes(), "kms_master_key_id", task.range()));
      default -> DataStore.alwaysEncrypted(task, "repository", repositoryKey(task));
    });
  }

  private static Fact repositoryKey(Resource repository) {
    return KmsKeys.customerManagedWithType(Args.entry(repository.attributes(), "encryption_configuration"),
        "encryption_configuration", "encryption_type", "KMS", "kms_key", repository.range());
  }

}
