package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An Amazon MQ broker's storage is encrypted with a customer key only when it opts out of AWS's own key; an MSK
 * cluster's public access type decides whether its brokers have public addresses.
 */
class MessageBrokerTest {
  private static final Range HEADER = Range.ofLine("main.tf", 1, 1, 30);
  private static final Range AT = Range.ofLine("main.tf", 4, 5, 30);
  private static final Resource BROKER = new Resource(new ResourceId(".", "aws_mq_broker.jobs"), "terraform",
      ResourceKind.MANAGED, "aws_mq_broker", HEADER, MapValue.of(List.of(), HEADER));
  private static final Fact AWS_OWNED = Fact.byDefault(true, "use_aws_owned_key", HEADER);
  private static final Fact CUSTOMER_KEY = Fact.known(true, "kms_key_id", AT, List.of());

  private static Fact storageKey(Optional<Value> engine, Fact awsOwned) {
    List<CloudModel> models = MessageBroker.amazonMqStorage(BROKER, engine, awsOwned, CUSTOMER_KEY);
    assertThat(models).hasSize(1);
    return ((DataStore) models.get(0)).customerManagedKey();
  }

  @Test
  void theCustomerKeyCountsOnlyWhenAwsOwnedKeysAreTurnedOff() {
    assertThat(storageKey(Optional.empty(), AWS_OWNED).isFalse()).isTrue();
    assertThat(storageKey(Optional.empty(), AWS_OWNED).attribute()).isEqualTo("use_aws_owned_key");
    assertThat(storageKey(Optional.of(new StringValue("ActiveMQ", AT)),
        Fact.known(false, "use_aws_owned_key", AT, List.of()))).isEqualTo(CUSTOMER_KEY);
  }

  @Test
  void rabbitMqBrokersHaveNoKeyToChooseAndUnknownEnginesAreUnknown() {
    assertThat(MessageBroker.amazonMqStorage(BROKER, Optional.of(new StringValue("RABBITMQ", AT)), AWS_OWNED,
        CUSTOMER_KEY)).isEmpty();
    assertThat(storageKey(Optional.of(new UnknownValue("var.engine", AT, List.of(), List.of())), AWS_OWNED)
        .isUnknown()).isTrue();
  }

  @Test
  void anMskClusterIsPublicOnlyWithServiceProvidedAddresses() {
    assertThat(MessageBroker.mskPublicAccess(new StringValue("service_provided_eips", AT))).contains(true);
    assertThat(MessageBroker.mskPublicAccess(new StringValue("DISABLED", AT))).contains(false);
    assertThat(MessageBroker.mskPublicAccess(new StringValue("PRIVATE_LINK", AT))).isEmpty();
    assertThat(MessageBroker.mskPublicAccess(new UnknownValue("var.type", AT, List.of(), List.of()))).isEmpty();
  }
}
