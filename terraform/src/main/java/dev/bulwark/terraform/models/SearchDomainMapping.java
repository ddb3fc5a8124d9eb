package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
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
 * {@code aws_elasticsearch_domain} and {@code aws_opensearch_domain}. Defaults: without an {@code encrypt_at_rest}
 * or {@code node_to_node_encryption} block (or its {@code enabled}), that encryption is off; a domain publishes
 * logs when some {@code log_publishing_options} block is not disabled ({@code enabled} defaults to true), and none
 * without the blocks. A domain is in a VPC with a {@code vpc_options} block; its access policy (inline
 * {@code access_policies} or an {@code aws_elasticsearch_domain_policy}/{@code aws_opensearch_domain_policy}) is
 * read by {@link AccessPolicies}. It accepts plain HTTP when {@code domain_endpoint_options.enforce_https} is false,
 * and the TLS versions of {@code domain_endpoint_options.tls_security_policy} where that is set. Its data is
 * encrypted with the AWS managed key unless {@code encrypt_at_rest.kms_key_id} names one.
 */
final class SearchDomainMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_elasticsearch_domain", "aws_opensearch_domain");
  }

  @Override
  public List<CloudModel> map(Resource domain, Module module) {
    MapValue attributes = domain.attributes();
    NestedBlocks vpc = NestedBlocks.of(attributes, "vpc_options");
    Fact inVpc = vpc.isMissing() ? Fact.byDefault(false, "vpc_options", domain.range()) : vpc.presence("vpc_options");
    List<CloudModel> models = new ArrayList<>(List.of(new SearchDomain(domain, inVpc,
        AccessPolicies.open(domain, module), enabled(attributes, "encrypt_at_rest", false, domain.range()),
        enabled(attributes, "node_to_node_encryption", false, domain.range()), logging(attributes, domain.range()),
        NestedBlocks.first(attributes, "encrypt_at_rest", domain.range(),
            (block, at) -> KmsKeys.customerManaged(block, "kms_key_id", at))),
        new TrafficEncryption(domain, httpsEnforced(domain))));
    TlsFloor.written(domain, endpointOption(domain, "tls_security_policy")).ifPresent(models::add);
    return models;
  }

  private static Optional<MapEntry> endpointOption(Resource domain, String key) {
    return NestedBlocks.of(domain.attributes(), "domain_endpoint_options").known().stream().findFirst()
        .flatMap(block -> block.entry(key));
  }

  /**
   * The {@code enforce_https} of the {@code domain_endpoint_options} block; unknown without it, since the provider's
   * default has changed across releases and the API's is not documented.
   */
  private static Fact httpsEnforced(Resource domain) {
    return endpointOption(domain, "enforce_https")
        .map(entry -> Fact.of(entry.value(), "enforce_https", entry.range()))
        .orElseGet(() -> Fact.unknown("enforce_https", domain.range(), List.of()));
  }

  /** The {@code enabled} of block {@code key}, defaulting to false without the block. */
  private static Fact enabled(MapValue attributes, String key, boolean whenMissing, Range header) {
    NestedBlocks blocks = NestedBlocks.of(attributes, key);
    if (blocks.isMissing()) {
      return Fact.byDefault(false, key + ".enabled", header);
    }
    Optional<MapValue> block = blocks.known().stream().findFirst();
    return block.map(b -> Fact.of(b, "enabled", whenMissing, b.range()).named(key + ".enabled"))
        .orElseGet(() -> blocks.presence(key));
  }

  private static Fact logging(MapValue attributes, Range header) {
    String key = "log_publishing_options";
    NestedBlocks blocks = NestedBlocks.of(attributes, key);
    if (blocks.isMissing()) {
      return Fact.byDefault(false, key, header);
    }
    Fact result = blocks.presence(key);
    for (MapValue block : blocks.known()) {
      Fact fact = Fact.of(block, "enabled", true, block.range());
      if (fact.isTrue()) {
        return fact;
      }
      result = result.isUnknown() ? result : fact;
    }
    return result;
  }
}
