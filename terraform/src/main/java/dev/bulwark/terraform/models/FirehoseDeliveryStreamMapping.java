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
 * {@code aws_kinesis_firehose_delivery_stream}, which buffers the records put to it: unencrypted unless
 * {@code server_side_encryption { enabled = true }} (false without the block or the argument), with a key AWS owns
 * unless {@code key_type = "CUSTOMER_MANAGED_CMK"} names a {@code key_arn}. A stream that reads a Kinesis stream or an
 * MSK cluster ({@code kinesis_source_configuration}, {@code msk_source_configuration}) cannot enable it: its records
 * are encrypted as its source encrypts them, so it is not a store of its own.
 */
final class FirehoseDeliveryStreamMapping implements ModelMapping {
  private static final String ENCRYPTION = "server_side_encryption";

  @Override
  public Set<String> types() {
    return Set.of("aws_kinesis_firehose_delivery_stream");
  }

  @Override
  public List<CloudModel> map(Resource stream, Module module) {
    if (stream.attribute("kinesis_source_configuration").isPresent()
        || stream.attribute("msk_source_configuration").isPresent()) {
      return List.of();
    }
    Fact encrypted = NestedBlocks.flag(stream.attributes(), ENCRYPTION, "enabled", false, stream.range());
    return List.of(new DataStore(stream, "delivery stream", encrypted,
        encrypted.isTrue() ? customerKey(stream) : encrypted));
  }

  private static Fact customerKey(Resource stream) {
    MapValue settings = NestedBlocks.of(stream.attributes(), ENCRYPTION).known().get(0);
    return KmsKeys.customerManagedWithType(settings, "key_type", "CUSTOMER_MANAGED_CMK", "key_arn", settings.range());
  }
}
