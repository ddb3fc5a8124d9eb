package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.PolicyDocuments;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a search domain's access policy admits anyone ({@link PolicyDocuments#admitsAnyone}), whether JSON text or
 * an {@code aws_iam_policy_document} the attribute renders ({@link PolicyDataSources}). A domain without a policy
 * admits no one. The policy is the domain's {@code access_policies}, or that of an
 * {@code aws_elasticsearch_domain_policy} or {@code aws_opensearch_domain_policy} whose {@code domain_name} refers to
 * the domain or names it.
 */
final class AccessPolicies {
  private static final Set<String> POLICY_TYPES = Set.of("aws_elasticsearch_domain_policy",
      "aws_opensearch_domain_policy");
  private static final String KEY = "access_policies";

  private AccessPolicies() {}

  static Fact open(Resource domain, Module module) {
    Optional<MapEntry> inline = domain.attribute(KEY).filter(entry -> !(entry.value() instanceof NullValue));
    if (inline.isPresent()) {
      return admitsAnyone(domain, inline.get(), module);
    }
    boolean ambiguous = false;
    for (String type : POLICY_TYPES) {
      Attachments policies = module.attachments(type, "domain_name",
          Set.of("aws_elasticsearch_domain", "aws_opensearch_domain"), Optional.of("domain_name"));
      List<Resource> attached = policies.to(domain);
      if (!attached.isEmpty()) {
        Resource policy = attached.get(0);
        return policy.attribute(KEY).map(entry -> admitsAnyone(policy, entry, module))
            .orElseGet(() -> Fact.unknown(KEY, policy.range(), List.of()));
      }
      ambiguous |= policies.ambiguous();
    }
    return ambiguous ? Fact.unknown(KEY, domain.range(), List.of()) : Fact.byDefault(false, KEY, domain.range());
  }

  /** Whether {@code policy}, an attribute of {@code owner}, admits anyone. */
  static Fact admitsAnyone(Resource owner, MapEntry policy, Module module) {
    return PolicyDocuments.admitsAnyone(
        PolicyDataSources.rendering(owner, policy, "aws_iam_policy_document", "json", module)
            .map(document -> PolicyDataSources.awsDocument(policy, document))
            .orElse(policy));
  }
}
