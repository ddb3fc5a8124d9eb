package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.EncryptedInTransit;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;
import java.util.Set;

/** BW302: a cache or search domain whose traffic is not encrypted in transit. */
@RuleInfo(
    id = "BW302",
    name = "traffic-not-encrypted-in-transit",
    title = "Traffic is not encrypted in transit",
    severity = Severity.MEDIUM,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `transit_encryption_enabled = true` on ElastiCache replication groups and clusters, "
                + "`cluster_endpoint_encryption_type = \"TLS\"` on DAX clusters, and "
                + "`node_to_node_encryption { enabled = true }` on OpenSearch/Elasticsearch domains."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `TransitEncryptionEnabled: true` on `AWS::ElastiCache::ReplicationGroup`/`CacheCluster`, "
                + "`ClusterEndpointEncryptionType: TLS` on `AWS::DAX::Cluster`, and "
                + "`NodeToNodeEncryptionOptions: {Enabled: true}` on OpenSearch/Elasticsearch domains."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `node_to_node_encryption_options: {enabled: true}` on the `community.aws.opensearch` task."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html",
    },
    checkov = {"CKV_AWS_30", "CKV_AWS_6", "CKV_AWS_239"},
    cfnNag = {"F33", "W83"},
    kics = {"1afbb3fa-cf6c-4a3d-b730-95e9f4df343e"},
    trivy = {"AVD-AWS-0051", "AVD-AWS-0043"})
final class TransitEncryptionRule extends FactRule<EncryptedInTransit> {
  /** A DAX cluster's endpoint encryption: a choice of {@code TLS} or {@code NONE}, not a flag. */
  private static final Set<String> ENDPOINT_ENCRYPTION =
      Set.of("cluster_endpoint_encryption_type", "ClusterEndpointEncryptionType");

  TransitEncryptionRule() {
    super(EncryptedInTransit.class, false);
  }

  @Override
  Fact fact(EncryptedInTransit service) {
    return service.encryptedInTransit();
  }

  @Override
  String problem(EncryptedInTransit service, String address) {
    return address + " does not encrypt its traffic in transit";
  }

  @Override
  String detail(Fact fact) {
    if (!ENDPOINT_ENCRYPTION.contains(fact.attribute())) {
      return FactText.shouldBe(fact, true);
    }
    return "`" + fact.attribute() + "` should be `TLS`; " + (fact.byDefault() ? "it is not set and defaults to `NONE`"
        : "it is not `TLS`");
  }
}
