package dev.bulwark.terraform.models;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StorageService;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether each data service of an {@code azurerm_storage_account} (blob, queue and table) logs its reads, writes and
 * deletes.
 *
 * <p>A service's logs are collected by the {@code azurerm_monitor_diagnostic_setting}s whose
 * {@code target_resource_id} is the service of the account ({@code "${azurerm_storage_account.x.id}/blobServices/
 * default"}): logging is on when, between them, they collect the categories {@code StorageRead},
 * {@code StorageWrite} and {@code StorageDelete} (each by name, or by the group {@code allLogs}), off at the first
 * setting when one of them is left out. The group {@code audit}, or a category that is not known, leaves it unknown,
 * as does a setting of the account whose service cannot be read; a setting of the account itself collects metrics
 * only.
 * The queue service may instead log through Storage Analytics, set in the account's
 * {@code queue_properties { logging { ... } }} or in the {@code logging} of an
 * {@code azurerm_storage_account_queue_properties} of the account: on when it logs reads, writes and deletes, off at
 * the operation it turns off. A service that neither configures is unknown: a diagnostic setting
 * made elsewhere, or by Azure Policy, may log it.
 */
final class StorageServiceLogging {
  private static final Set<String> ACCOUNT = Set.of("azurerm_storage_account");
  private static final String TARGET = "target_resource_id";
  private static final String QUEUE_PROPERTIES = "azurerm_storage_account_queue_properties";
  private static final Pattern SERVICE = Pattern.compile("(?i)\\b(blob|queue|table|file)Services\\b");
  private static final Pattern ACCOUNT_ID = Pattern.compile("azurerm_storage_account\\.[\\w-]+(\\[[^\\]]*])?\\.id");
  private static final String OF_ACCOUNT = "account";
  private static final Pattern INSTANCE_KEY = Pattern.compile("\\[\"([A-Za-z]+)\"]$");
  private static final String EACH_KEY = "${each.key}";
  private static final List<DiagnosticSettings> CATEGORIES = StorageService.CATEGORIES.stream()
      .map(category -> new DiagnosticSettings(ACCOUNT, Set.of(category.toLowerCase(Locale.ROOT), "alllogs"),
          Set.of("audit")))
      .toList();

  private StorageServiceLogging() {}

  /** The services of {@code account}, each with whether it logs. */
  static List<StorageService> of(Resource account, Module module) {
    Map<String, List<Resource>> byService = new HashMap<>();
    boolean someUnread = false;
    for (Resource setting : module.attachments(DiagnosticSettings.SETTING, TARGET, ACCOUNT, Optional.empty())
        .to(account)) {
      Optional<String> service = service(setting);
      someUnread |= service.isEmpty();
      service.ifPresent(named -> byService.computeIfAbsent(named, key -> new ArrayList<>()).add(setting));
    }
    List<StorageService> services = new ArrayList<>();
    for (String service : StorageService.SERVICES) {
      List<Resource> ofService = byService.getOrDefault(service, List.of());
      List<Fact> ways = new ArrayList<>();
      if (!ofService.isEmpty()) {
        ways.add(StorageService.collectedBy(ofService, (category, setting) -> CATEGORIES.get(category)
            .collectedBy(setting), someUnread));
      }
      if (service.equals("queue")) {
        analyticsLogging(account, module).ifPresent(ways::add);
      }
      services.add(new StorageService(account, service,
          ways.isEmpty() ? Fact.unknown(DiagnosticSettings.SETTING, account.range(), List.of()) : Fact.any(ways)));
    }
    return services;
  }

  /**
   * The service a diagnostic setting's target names, in lower case, or {@code account} for the account itself
   * ({@code azurerm_storage_account.x.id}); empty when it cannot be read. In an instance of a {@code for_each}, the
   * instance's key stands for {@code each.key} ({@code "${...id}/${each.key}Services/default"}).
   */
  private static Optional<String> service(Resource setting) {
    Optional<Value> target = setting.attributes().get(TARGET);
    Matcher instance = INSTANCE_KEY.matcher(setting.address());
    Optional<String> text = target.flatMap(value -> value instanceof StringValue string ? Optional.of(string.value())
            : value instanceof UnknownValue unknown ? Optional.of(unknown.expression()) : Optional.empty())
        .map(expression -> instance.find() ? expression.replace(EACH_KEY, instance.group(1)) : expression);
    if (text.isPresent() && ACCOUNT_ID.matcher(text.get().strip()).matches()) {
      return Optional.of(OF_ACCOUNT);
    }
    Optional<Matcher> found = text.map(SERVICE::matcher).filter(Matcher::find);
    return found.map(matcher -> matcher.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * The queue's Storage Analytics logging, when the account's {@code queue_properties} block or an
   * {@code azurerm_storage_account_queue_properties} of the account configures it.
   */
  private static Optional<Fact> analyticsLogging(Resource account, Module module) {
    Optional<MapValue> inline = NestedBlocks.of(account.attributes(), "queue_properties").known().stream()
        .findFirst();
    Optional<Fact> fact = inline.flatMap(properties -> analyticsLogging(properties, "queue_properties.logging"));
    for (Resource properties : module.attachments(QUEUE_PROPERTIES, "storage_account_id", ACCOUNT, Optional.empty())
        .to(account)) {
      fact = fact.or(() -> analyticsLogging(properties.attributes(), "logging"));
    }
    return fact;
  }

  /** Whether the {@code logging} block of {@code properties} logs reads, writes and deletes, if it is there. */
  private static Optional<Fact> analyticsLogging(MapValue properties, String attribute) {
    Optional<MapEntry> logging = properties.entry("logging");
    if (logging.isEmpty()) {
      return Optional.empty();
    }
    Optional<MapValue> block = NestedBlocks.of(properties, "logging").known().stream().findFirst();
    if (block.isEmpty()) {
      return Optional.of(Fact.unknown(attribute, logging.get().range(), List.of()));
    }
    boolean all = true;
    List<Fact> off = new ArrayList<>();
    for (String operation : List.of("read", "write", "delete")) {
      Optional<MapEntry> entry = block.get().entry(operation);
      Fact fact = entry.map(e -> Fact.of(e.value(), attribute + "." + operation, e.range()))
          .orElseGet(() -> Fact.unknown(operation, block.get().range(), List.of()));
      if (fact.when(false).isPresent()) {
        off.add(fact);
      }
      all &= fact.isTrue();
    }
    if (!off.isEmpty()) {
      return Optional.of(firstWithTheOthers(off));
    }
    return Optional.of(all
        ? Fact.known(true, attribute, logging.get().range(), List.of())
        : Fact.unknown(attribute, logging.get().range(), List.of()));
  }

  /** The operation turned off first in the file, with the others turned off as related locations. */
  private static Fact firstWithTheOthers(List<Fact> off) {
    List<Fact> inOrder = off.stream().sorted(Comparator.comparing(Fact::range)).toList();
    Fact first = inOrder.get(0);
    List<RelatedLocation> origin = new ArrayList<>(first.origin());
    inOrder.subList(1, inOrder.size()).forEach(other ->
        origin.add(new RelatedLocation(other.range(), "`" + other.attribute() + "` turns off logging too")));
    return new Fact(first.truth(), first.attribute(), first.range(), first.byDefault(), origin, first.condition(),
        first.alternatives());
  }
}
