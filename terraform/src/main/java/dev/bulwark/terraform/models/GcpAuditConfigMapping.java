package dev.bulwark.terraform.models;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.AuditLogConfig;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google_project_iam_audit_config}, {@code google_folder_iam_audit_config} and
 * {@code google_organization_iam_audit_config}: each {@code audit_log_config} turns on a log type ({@code ADMIN_READ},
 * {@code DATA_READ}, {@code DATA_WRITE}) for the {@code service}, except for its {@code exempted_members}. Data
 * Access logs are off unless turned on, so the configuration for {@code allServices} must turn on
 * {@code DATA_READ} and {@code DATA_WRITE} (CIS Google Cloud 2.1); one for a single service adds to it. No
 * configuration may exempt members. A log type or a service that is not known leaves the configuration unknown.
 */
final class GcpAuditConfigMapping implements ModelMapping {
  private static final List<String> DATA_ACCESS = List.of("DATA_READ", "DATA_WRITE");
  private static final String EXEMPTED = "exempted_members";

  @Override
  public Set<String> types() {
    return Set.of("google_project_iam_audit_config", "google_folder_iam_audit_config",
        "google_organization_iam_audit_config");
  }

  @Override
  public List<CloudModel> map(Resource config, Module module) {
    NestedBlocks logConfigs = NestedBlocks.of(config.attributes(), "audit_log_config");
    List<Fact> facts = new ArrayList<>();
    logConfigs.known().forEach(logConfig -> logConfig.entry(EXEMPTED).ifPresent(members -> facts.add(none(members))));
    facts.add(dataAccess(config, logConfigs));
    return List.of(new AuditLogConfig(config, Fact.all(facts)));
  }

  /** True when the members list is empty or null. */
  private static Fact none(MapEntry members) {
    if (members.value() instanceof NullValue) {
      return Fact.byDefault(true, EXEMPTED, members.range());
    }
    return members.value().asList()
        .map(list -> Fact.known(list.isEmpty(), EXEMPTED, members.range(), members.value().origin()))
        .orElseGet(() -> Fact.unknown(EXEMPTED, members.range(), members.value().origin()));
  }

  /** For all services: false, named for the first Data Access log type no block turns on. */
  private static Fact dataAccess(Resource config, NestedBlocks logConfigs) {
    Optional<MapEntry> service = config.attribute("service");
    if (service.isEmpty()) {
      return Fact.unknown("service", config.range(), List.of());
    }
    Optional<String> name = service.get().value().asString();
    if (name.isEmpty()) {
      return Fact.unknown("service", service.get().range(), service.get().value().origin());
    }
    if (!name.get().equals("allServices")) {
      return Fact.byDefault(true, "service", service.get().range());
    }
    if (logConfigs.hasUnknown()) {
      return Fact.unknown("audit_log_config", logConfigs.entry().orElseThrow().range(), List.of());
    }
    Set<String> types = new HashSet<>();
    Set<RelatedLocation> origins = new LinkedHashSet<>();
    for (MapValue logConfig : logConfigs.known()) {
      Optional<MapEntry> type = logConfig.entry("log_type");
      Optional<String> known = type.flatMap(entry -> entry.value().asString());
      if (known.isEmpty()) {
        return Fact.unknown("log_type", type.map(MapEntry::range).orElse(logConfig.range()), List.of());
      }
      types.add(known.get());
      origins.addAll(type.get().value().origin());
    }
    return DATA_ACCESS.stream().filter(type -> !types.contains(type)).findFirst()
        .map(missing -> Fact.byDefault(false, missing, config.range(), List.copyOf(origins)))
        .orElseGet(() -> Fact.byDefault(true, "log_type", config.range()));
  }
}
