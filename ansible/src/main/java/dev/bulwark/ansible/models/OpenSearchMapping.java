package dev.bulwark.ansible.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.PolicyDocuments;
import dev.bulwark.core.model.SearchDomain;
import dev.bulwark.core.model.TlsFloor;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code community.aws.opensearch} (unless {@code state: absent}). The same task creates a domain or updates an
 * existing one, and an update leaves what the task does not give as it is, so only the options the task gives
 * count: encryption at rest ({@code encryption_at_rest_options.enabled}), node-to-node encryption
 * ({@code node_to_node_encryption_options.enabled}), {@code access_policies} (read by {@link PolicyDocuments}) and
 * {@code domain_endpoint_options.enforce_https} and {@code .tls_security_policy}, and the key of
 * {@code encryption_at_rest_options.kms_key_id}; a missing option is unknown. Without {@code vpc_options} the domain
 * has a public endpoint: a domain created without them is public, and one that exists cannot move into a VPC or out
 * of one. The module has no option for log publishing, so a task cannot show whether the domain publishes logs
 * (unknown).
 */
final class OpenSearchMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("community.aws.opensearch");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    MapValue arguments = task.attributes();
    if (Args.absent(task)) {
      return List.of();
    }
    Fact inVpc = Args.entry(arguments, "vpc_options")
        .map(entry -> Fact.known(true, "vpc_options", entry.range(), List.of()))
        .orElseGet(() -> Fact.byDefault(false, "vpc_options", task.range()));
    Fact openPolicy = Args.entry(arguments, "access_policies").map(PolicyDocuments::admitsAnyone)
        .orElseGet(() -> Fact.unknown("access_policies", task.range(), List.of()));
    List<CloudModel> models = new ArrayList<>(List.of(new SearchDomain(task, inVpc, openPolicy,
        enabled(arguments, "encryption_at_rest_options", task.range()),
        enabled(arguments, "node_to_node_encryption_options", task.range()),
        Fact.unknown("log_publishing_options", task.range(), List.of()), customerKey(task)),
        new TrafficEncryption(task, endpointOption(arguments, "enforce_https")
            .map(entry -> Args.fact(entry.value(), "enforce_https", entry.range()))
            .orElseGet(() -> Fact.unknown("enforce_https", task.range(), List.of())))));
    TlsFloor.written(task, endpointOption(arguments, "tls_security_policy")).ifPresent(models::add);
    return models;
  }

  private static Optional<MapEntry> endpointOption(MapValue arguments, String name) {
    return Args.entry(arguments, "domain_endpoint_options").flatMap(entry -> entry.value().asMap())
        .flatMap(options -> Args.entry(options, name));
  }

  /**
   * A key of the customer's in {@code encryption_at_rest_options.kms_key_id}, the AWS managed key when the options
   * name none; unknown without the options.
   */
  private static Fact customerKey(Resource task) {
    String option = "encryption_at_rest_options";
    return Args.entry(task.attributes(), option).isPresent() ? Args.customerKey(task, option, "kms_key_id")
        : Fact.unknown("kms_key_id", task.range(), List.of());
  }

  /** The {@code enabled} of option {@code name}, unknown without the option. */
  private static Fact enabled(MapValue arguments, String name, Range header) {
    Optional<MapEntry> option = Args.entry(arguments, name);
    if (option.isEmpty()) {
      return Fact.unknown(name + ".enabled", header, List.of());
    }
    return option.get().value() instanceof MapValue settings
        ? Args.flag(settings, "enabled", false, option.get().range())
        : Fact.unknown(name + ".enabled", option.get().range(), option.get().value().origin());
  }
}
