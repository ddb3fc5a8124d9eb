package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.TrafficEncryption;
import java.util.List;
import java.util.Set;

/**
 * {@code google_redis_instance} (Memorystore for Redis): clients talk TLS only when {@code transit_encryption_mode}
 * is {@code SERVER_AUTHENTICATION}; it defaults to {@code DISABLED}. Its data is always encrypted at rest, with a
 * Cloud KMS key of the customer's when {@code customer_managed_key} names one.
 */
final class GcpRedisInstanceMapping implements ModelMapping {
  private static final String MODE = "transit_encryption_mode";

  @Override
  public Set<String> types() {
    return Set.of("google_redis_instance");
  }

  @Override
  public List<CloudModel> map(Resource instance, Module module) {
    Fact tls = instance.attribute(MODE)
        .map(mode -> Fact.of(mode.value(), MODE, mode.range(),
            value -> value.asString().map(text -> text.equalsIgnoreCase("SERVER_AUTHENTICATION"))))
        .orElseGet(() -> Fact.byDefault(false, MODE, instance.range()));
    return List.of(new TrafficEncryption(instance, tls), DataStore.alwaysEncrypted(instance, "cache",
        KmsKeys.customerManaged(instance.attributes(), "customer_managed_key", instance.range())));
  }
}
