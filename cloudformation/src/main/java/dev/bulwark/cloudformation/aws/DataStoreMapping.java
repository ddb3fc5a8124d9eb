package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AWS stores whose encryption at rest is a property, with their defaults when it is missing:
 * {@code AWS::EFS::FileSystem} ({@code Encrypted} false), {@code AWS::DynamoDB::Table} (always encrypted; with a
 * customer key when {@code SSESpecification} enables SSE with a {@code KMSMasterKeyId}), {@code AWS::Kinesis::Stream}
 * (unencrypted without {@code StreamEncryption}), {@code AWS::SNS::Topic} (unencrypted without a
 * {@code KmsMasterKeyId}) and {@code AWS::SQS::Queue} (SSE-SQS, {@code SqsManagedSseEnabled} true, unless a
 * {@code KmsMasterKeyId} chooses SSE-KMS).
 */
final class DataStoreMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EFS::FileSystem", "AWS::DynamoDB::Table", "AWS::Kinesis::Stream", "AWS::SNS::Topic",
        "AWS::SQS::Queue");
  }

  @Override
  public List<CloudModel> map(Resource resource, Stack stack) {
    MapValue properties = resource.attributes();
    return List.of(switch (resource.type()) {
      case "AWS::EFS::FileSystem" -> new DataStore(resource, "file system",
          Fact.of(properties, "Encrypted", false, resource.range()),
          KmsKeys.customerManaged(properties, "KmsKeyId", resource.range()));
      case "AWS::DynamoDB::Table" -> table(resource);
      case "AWS::Kinesis::Stream" -> stream(resource);
      case "AWS::SNS::Topic" -> new DataStore(resource, "topic", keyed(resource),
          KmsKeys.customerManaged(properties, "KmsMasterKeyId", resource.range()));
      default -> {
        Fact kms = keyed(resource);
        yield new DataStore(resource, "queue",
            kms.isTrue() ? kms : Fact.of(properties, "SqsManagedSseEnabled", true, resource.range()),
            KmsKeys.customerManaged(properties, "KmsMasterKeyId", resource.range()));
      }
    });
  }

  private static DataStore table(Resource table) {
    Fact encrypted = Fact.byDefault(true, "SSESpecification", table.range());
    Optional<MapEntry> entry = present(table.attributes(), "SSESpecification");
    if (entry.isEmpty()) {
      return new DataStore(table, "table", encrypted, Fact.byDefault(false, "SSESpecification", table.range()));
    }
    Optional<MapValue> sse = entry.get().value().asMap();
    if (sse.isEmpty()) {
      return new DataStore(table, "table", encrypted,
          Fact.unknown("SSESpecification", entry.get().range(), List.of()));
    }
    Fact enabled = Fact.of(sse.get(), "SSEEnabled", false, entry.get().range());
    return new DataStore(table, "table", encrypted,
        enabled.isTrue() ? KmsKeys.customerManaged(sse.get(), "KMSMasterKeyId", entry.get().range()) : enabled);
  }

  private static DataStore stream(Resource stream) {
    Optional<MapEntry> entry = present(stream.attributes(), "StreamEncryption");
    if (entry.isEmpty()) {
      Fact none = Fact.byDefault(false, "StreamEncryption", stream.range());
      return new DataStore(stream, "stream", none, none);
    }
    Optional<MapValue> settings = entry.get().value().asMap();
    Fact encrypted = settings.flatMap(s -> s.entry("EncryptionType"))
        .map(type -> type.value().asString()
            .map(value -> Fact.known(value.equals("KMS"), "EncryptionType", type.range(), type.value().origin()))
            .orElseGet(() -> Fact.unknown("EncryptionType", type.range(), type.value().origin())))
        .orElseGet(() -> Fact.unknown("StreamEncryption", entry.get().range(), List.of()));
    Fact customerKey = settings
        .map(s -> KmsKeys.customerManaged(s, "KeyId", entry.get().range()))
        .orElseGet(() -> Fact.unknown("StreamEncryption", entry.get().range(), List.of()));
    return new DataStore(stream, "stream", encrypted, customerKey);
  }

  /** Encrypted when a {@code KmsMasterKeyId} is given (an empty one turns encryption off), unencrypted without one. */
  private static Fact keyed(Resource resource) {
    Optional<MapEntry> entry = present(resource.attributes(), "KmsMasterKeyId");
    if (entry.isEmpty()) {
      return Fact.byDefault(false, "KmsMasterKeyId", resource.range());
    }
    Value value = entry.get().value();
    return Fact.known(!value.asString().map(String::isBlank).orElse(false), "KmsMasterKeyId", entry.get().range(),
        value.origin());
  }

  private static Optional<MapEntry> present(MapValue properties, String key) {
    return properties.entry(key).filter(entry -> !(entry.value() instanceof NullValue));
  }
}
