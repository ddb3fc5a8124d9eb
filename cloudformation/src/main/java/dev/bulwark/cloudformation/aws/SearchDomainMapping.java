package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.PolicyDocuments;
import dev.bulwark.core.model.SearchDomain;
import dev.bulwark.core.model.TlsFloor;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::Elasticsearch::Domain} and {@code AWS::OpenSearchService::Domain}. Defaults: encryption at rest
 * ({@code EncryptionAtRestOptions.Enabled}) and node-to-node encryption ({@code NodeToNodeEncryptionOptions.Enabled})
 * off; the domain publishes logs when some entry of {@code LogPublishingOptions} is enabled (an entry's
 * {@code Enabled} defaults to false in CloudFormation, unlike Terraform's {@code enabled}), none without. It is in a
 * VPC with {@code VPCOptions}; its {@code AccessPolicies} admit no one when missing and are read by
 * {@link PolicyDocuments} otherwise. It accepts plain HTTP when {@code DomainEndpointOptions.EnforceHTTPS} is false,
 * and the TLS versions of {@code DomainEndpointOptions.TLSSecurityPolicy} where that is set.
 */
final class SearchDomainMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain");
  }

  @Override
  public List<CloudModel> map(Resource domain, Stack stack) {
    MapValue properties = domain.attributes();
    Optional<MapEntry> vpc = present(properties, "VPCOptions");
    Fact inVpc = vpc.map(entry -> Fact.known(true, "VPCOptions", entry.range(), List.of()))
        .orElseGet(() -> Fact.byDefault(false, "VPCOptions", domain.range()));
    Fact openPolicy = present(properties, "AccessPolicies").map(PolicyDocuments::admitsAnyone)
        .orElseGet(() -> Fact.byDefault(false, "AccessPolicies", domain.range()));
    List<CloudModel> models = new ArrayList<>(List.of(new SearchDomain(domain, inVpc, openPolicy,
        NestedProperty.of(domain, "EncryptionAtRestOptions", "Enabled").flag(false),
        NestedProperty.of(domain, "NodeToNodeEncryptionOptions", "Enabled").flag(false),
        logging(domain), NestedProperty.of(domain, "EncryptionAtRestOptions").customerKey("KmsKeyId")),
        new TrafficEncryption(domain, httpsEnforced(domain))));
    TlsFloor.written(domain, NestedProperty.of(domain, "DomainEndpointOptions", "TLSSecurityPolicy").entry())
        .ifPresent(models::add);
    return models;
  }

  /** {@code DomainEndpointOptions.EnforceHTTPS}; unknown without it, since the API's default is not documented. */
  private static Fact httpsEnforced(Resource domain) {
    NestedProperty enforce = NestedProperty.of(domain, "DomainEndpointOptions", "EnforceHTTPS");
    return enforce.entry()
        .map(entry -> Fact.of(entry.value(), entry.key(), entry.range()))
        .orElseGet(() -> Fact.unknown("EnforceHTTPS", enforce.range(), enforce.origin()));
  }

  private static Optional<MapEntry> present(MapValue properties, String key) {
    return properties.entry(key).filter(e -> !(e.value() instanceof NullValue));
  }

  private static Fact logging(Resource domain) {
    String key = "LogPublishingOptions";
    Optional<MapEntry> entry = present(domain.attributes(), key);
    if (entry.isEmpty()) {
      return Fact.byDefault(false, key, domain.range());
    }
    Value value = entry.get().value();
    if (!(value instanceof MapValue options)) {
      return Fact.unknown(key, entry.get().range(), value.origin());
    }
    Fact result = Fact.known(false, key, entry.get().range(), value.origin());
    for (MapEntry option : options.entries().values()) {
      Fact fact = option.value() instanceof MapValue settings
          ? Fact.of(settings, "Enabled", false, option.range())
          : Fact.unknown(key, option.range(), option.value().origin());
      if (fact.isTrue()) {
        return fact;
      }
      result = result.isUnknown() ? result : fact;
    }
    return result;
  }
}
