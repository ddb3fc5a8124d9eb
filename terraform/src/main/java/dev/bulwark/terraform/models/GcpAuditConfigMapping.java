package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
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
 * A project, folder or organization IAM policy ({@code google_project_iam_policy} and the like) holds each
 * {@code audit_config} of the {@code google_iam_policy} its {@code policy_data} renders, read the same way (its
 * log types are {@code audit_log_configs} blocks).
 */
final class GcpAuditConfigMapping implements ModelMapping {
  private static final List<String> DATA_ACCESS = List.of("DATA_READ", "DATA_WRITE");
  private static final String EXEMPTED = "exempted_members";

  @Override
  public Set<String> types() {
    return Set.of("google_project_iam_audit_config", "google_folder_iam_audit_config",
        "google_organization_iam_audit_config", "google_project_iam_policy", "google_folder_iam_policy",
        "google_organization_iam_policy");
  }

  @Override
  public List<CloudModel> map(Resource config, Module module) {
    if (!config.type().endsWith("_iam_policy")) {
      return List.of(auditLogConfig(config, config.attributes(), "audit_log_config", config.range()));
    }
    return config.attribute("policy_data")
        .flatMap(policy -> PolicyDataSources.rendering(config, policy, "google_iam_policy", "policy_data", module))
        .map(policy -> NestedBlocks.of(policy.attributes(), "audit_config").known().stream()
            .<CloudModel>map(block -> auditLogConfig(config, block, "audit_log_configs", block.range())).toList())
        .orElse(List.of());
  }

  /** The configuration in {@code settings} (its {@code service} and {@code logConfigsKey} blocks) for {@code owner}. */
  private static AuditLogConfig auditLogConfig(Resource owner, MapValue settings, String logConfigsKey,
      Range header) {
    NestedBlocks logConfigs = NestedBlocks.of(settings, logConfigsKey);
    List<Fact> facts = new ArrayList<>();
    logConfigs.known().forEach(logConfig -> logConfig.entry(EXEMPTED).ifPresent(members -> facts.add(none(members))));
    facts.add(dataAccess(settings, logConfigs, logConfigsKey, header));
    return new AuditLogConfig(owner, Fact.all(facts));
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
  private static Fact dataAccess(MapValue settings, NestedBlocks logConfigs, String logConfigsKey, Range header) {
    Optional<MapEntry> service = settings.entry("service");
    if (service.isEmpty()) {
      return Fact.unknown("service", header, List.of());
    }
    Optional<String> name = service.get().value().asString();
    if (name.isEmpty()) {
      return Fact.unknown("service", service.get().range(), service.get().value().origin());
    }
    if (!name.get().equals("allServices")) {
      return Fact.byDefault(true, "service", service.get().range());
    }
    if (logConfigs.hasUnknown()) {
      return Fact.unknown(logConfigsKey, logConfigs.entry().orElseThrow().range(), List.of());
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
        .map(missing -> Fact.byDefault(false, missing, header, List.copyOf(origins)))
        .orElseGet(() -> Fact.byDefault(true, "log_type", header));
  }
}
