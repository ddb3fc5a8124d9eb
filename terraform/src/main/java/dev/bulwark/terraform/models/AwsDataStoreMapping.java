package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * AWS stores whose encryption at rest is a setting, with their defaults when it is missing:
 * {@code aws_efs_file_system} ({@code encrypted} false), {@code aws_dynamodb_table} (always encrypted, with an AWS
 * owned key unless {@code server_side_encryption} is enabled, and with a customer key when it names a
 * {@code kms_key_arn}), {@code aws_kinesis_stream} ({@code encryption_type} {@code NONE}), {@code aws_sns_topic}
 * (unencrypted without a {@code kms_master_key_id}) and {@code aws_sqs_queue} (SSE-SQS, {@code sqs_managed_sse_enabled}
 * true, unless a {@code kms_master_key_id} chooses SSE-KMS). A key is a customer key unless it is an AWS managed
 * key's alias ({@code alias/aws/...}).
 */
final class AwsDataStoreMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_efs_file_system", "aws_dynamodb_table", "aws_kinesis_stream", "aws_sns_topic",
        "aws_sqs_queue");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    MapValue attributes = resource.attributes();
    return List.of(switch (resource.type()) {
      case "aws_efs_file_system" -> new DataStore(resource, "file system",
          Fact.of(attributes, "encrypted", false, resource.range()),
          KmsKeys.customerManaged(attributes, "kms_key_id", resource.range()));
      case "aws_dynamodb_table" -> table(resource);
      case "aws_kinesis_stream" -> new DataStore(resource, "stream", streamEncryption(resource),
          KmsKeys.customerManaged(attributes, "kms_key_id", resource.range()));
      case "aws_sns_topic" -> topic(resource);
      default -> new DataStore(resource, "queue", queueEncryption(resource),
          KmsKeys.customerManaged(attributes, "kms_master_key_id", resource.range()));
    });
  }

  /** An SNS topic (or a module call that makes one): unencrypted without a {@code kms_master_key_id}. */
  static DataStore topic(Resource topic) {
    return new DataStore(topic, "topic", Fact.names(topic.attributes(), "kms_master_key_id", topic.range()),
        KmsKeys.customerManaged(topic.attributes(), "kms_master_key_id", topic.range()));
  }

  private static DataStore table(Resource table) {
    Fact encrypted = Fact.byDefault(true, "server_side_encryption", table.range());
    NestedBlocks sse = NestedBlocks.of(table.attributes(), "server_side_encryption");
    if (sse.isMissing()) {
      return new DataStore(table, "table", encrypted, Fact.byDefault(false, "server_side_encryption", table.range()));
    }
    List<MapValue> blocks = sse.known();
    if (blocks.isEmpty()) {
      return new DataStore(table, "table", encrypted, sse.presence("server_side_encryption"));
    }
    MapValue block = blocks.get(0);
    Fact enabled = Fact.of(block, "enabled", false, block.range());
    Fact customerKey = enabled.isTrue() ? KmsKeys.customerManaged(block, "kms_key_arn", block.range()) : enabled;
    return new DataStore(table, "table", encrypted, customerKey);
  }

  private static Fact streamEncryption(Resource stream) {
    Optional<MapEntry> type = stream.attribute("encryption_type").filter(e -> !(e.value() instanceof NullValue));
    if (type.isEmpty()) {
      return Fact.byDefault(false, "encryption_type", stream.range());
    }
    return type.get().value().asString()
        .map(value -> Fact.known(value.toUpperCase(Locale.ROOT).equals("KMS"), "encryption_type",
            type.get().range(), type.get().value().origin()))
        .orElseGet(() -> Fact.unknown("encryption_type", type.get().range(), type.get().value().origin()));
  }

  private static Fact queueEncryption(Resource queue) {
    Fact kms = Fact.names(queue.attributes(), "kms_master_key_id", queue.range());
    return kms.isTrue() ? kms : Fact.of(queue.attributes(), "sqs_managed_sse_enabled", true, queue.range());
  }
}
