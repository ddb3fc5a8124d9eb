package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.StorageAccount;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azurerm_storage_account}. Defaults: HTTPS only ({@code https_traffic_only_enabled}, before provider v4
 * {@code enable_https_traffic_only}, true) and {@code min_tls_version} {@code TLS1_2}. Logging is the queue service's
 * {@code queue_properties { logging { ... } }}: on when it logs reads, writes or deletes, off when it logs none;
 * without it, unknown (diagnostic settings outside the account may log).
 */
final class AzureStorageAccountMapping implements ModelMapping {
  private static final List<String> HTTPS_ONLY = List.of("https_traffic_only_enabled", "enable_https_traffic_only");

  @Override
  public Set<String> types() {
    return Set.of("azurerm_storage_account");
  }

  @Override
  public List<CloudModel> map(Resource account, Module module) {
    return List.of(new StorageAccount(account, httpsOnly(account), minimumTls(account), logging(account)));
  }

  private static Fact httpsOnly(Resource account) {
    return HTTPS_ONLY.stream().filter(key -> account.attribute(key).isPresent()).findFirst()
        .map(key -> Fact.of(account.attributes(), key, true, account.range()))
        .orElseGet(() -> Fact.byDefault(true, HTTPS_ONLY.get(0), account.range()));
  }

  private static Located<String> minimumTls(Resource account) {
    return account.attribute("min_tls_version")
        .map(entry -> Located.of(entry.value(), "min_tls_version", entry.range(), value -> value.asString()))
        .orElseGet(() -> Located.byDefault("TLS1_2", "min_tls_version", account.range()));
  }

  private static Fact logging(Resource account) {
    Optional<MapValue> queue = NestedBlocks.of(account.attributes(), "queue_properties").known().stream().findFirst();
    Optional<MapEntry> logging = queue.flatMap(properties -> properties.entry("logging"));
    if (logging.isEmpty()) {
      return Fact.unknown("queue_properties.logging", queue.map(MapValue::range).orElse(account.range()), List.of());
    }
    List<MapValue> blocks = NestedBlocks.of(queue.get(), "logging").known();
    if (blocks.isEmpty()) {
      return Fact.unknown("queue_properties.logging", logging.get().range(), List.of());
    }
    MapValue block = blocks.get(0);
    Fact result = Fact.known(false, "queue_properties.logging", logging.get().range(), List.of());
    for (String operation : List.of("read", "write", "delete")) {
      Fact fact = Fact.of(block, operation, false, block.range());
      if (fact.isTrue()) {
        return fact;
      }
      if (fact.isUnknown()) {
        result = fact;
      }
    }
    return result;
  }
}
