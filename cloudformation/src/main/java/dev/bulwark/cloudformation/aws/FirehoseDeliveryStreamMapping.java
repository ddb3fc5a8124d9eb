package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::KinesisFirehose::DeliveryStream}, which buffers the records put to it: unencrypted without a
 * {@code DeliveryStreamEncryptionConfigurationInput}, with a key AWS owns unless its {@code KeyType} is
 * {@code CUSTOMER_MANAGED_CMK} with a {@code KeyARN}. A stream that reads a Kinesis stream or an MSK cluster
 * ({@code DeliveryStreamType} {@code KinesisStreamAsSource} or {@code MSKAsSource}, or their source configurations)
 * cannot enable it: its records are encrypted as its source encrypts them, so it is not a store of its own. A type
 * that is not known leaves the stream's encryption unknown.
 */
final class FirehoseDeliveryStreamMapping implements ModelMapping {
  private static final String ENCRYPTION = "DeliveryStreamEncryptionConfigurationInput";
  private static final String TYPE = "DeliveryStreamType";
  private static final Set<String> STREAM_SOURCES = Set.of("KinesisStreamAsSource", "MSKAsSource");

  @Override
  public Set<String> types() {
    return Set.of("AWS::KinesisFirehose::DeliveryStream");
  }

  @Override
  public List<CloudModel> map(Resource stream, Stack stack) {
    MapValue properties = stream.attributes();
    Optional<MapEntry> type = properties.entry(TYPE);
    Optional<String> knownType = type.flatMap(entry -> entry.value().asString());
    if (knownType.filter(STREAM_SOURCES::contains).isPresent()
        || properties.entry("KinesisStreamSourceConfiguration").isPresent()
        || properties.entry("MSKSourceConfiguration").isPresent()) {
      return List.of();
    }
    if (type.isPresent() && knownType.isEmpty()) {
      Fact unknown = Fact.unknown(TYPE, type.get().range(), type.get().value().origin());
      return List.of(new DataStore(stream, "delivery stream", unknown, unknown));
    }
    NestedProperty settings = NestedProperty.of(stream, ENCRYPTION);
    if (settings.entry().isEmpty()) {
      Fact off = settings.absent(false);
      return List.of(new DataStore(stream, "delivery stream", off, off));
    }
    MapEntry entry = settings.entry().get();
    Fact encrypted = entry.value().asMap().isPresent()
        ? Fact.known(true, ENCRYPTION, entry.range(), entry.value().origin())
        : Fact.unknown(ENCRYPTION, entry.range(), entry.value().origin());
    return List.of(new DataStore(stream, "delivery stream", encrypted, KmsKeys.customerManagedWithType(
        settings.entry(), ENCRYPTION, "KeyType", "CUSTOMER_MANAGED_CMK", "KeyARN", stream.range())));
  }
}
