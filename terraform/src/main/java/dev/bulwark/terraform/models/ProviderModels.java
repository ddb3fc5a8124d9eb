package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.model.CloudModel;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a unit's provider resources (AWS, Azure, Google Cloud), and its calls of the registry modules it knows, to
 * the shared models.
 * Resources that configure another from outside (AWS provider v4+ bucket settings, security group rules, flow
 * logs) are read through the graph by the mapping of what they configure.
 */
public final class ProviderModels {
  private static final List<ModelMapping> MAPPINGS = List.of(
      new DbInstanceMapping(),
      new DbClusterMapping(),
      new RedshiftMapping(),
      new DmsReplicationInstanceMapping(),
      new DmsEndpointMapping(),
      new DbProxyMapping(),
      new AzureDatabaseServerMapping(),
      new AzureFirewallRuleMapping(),
      new AzureManagedInstanceMapping(),
      new GcpSqlInstanceMapping(),
      new AlloyDbInstanceMapping(),
      new CacheClusterMapping(),
      new SearchDomainMapping(),
      new SecurityGroupMapping(),
      new RuleResourceMapping(),
      new EbsVolumeMapping(),
      new EbsEncryptionByDefaultMapping(),
      new InstanceStorageMapping(),
      new AwsDataStoreMapping(),
      new FirehoseDeliveryStreamMapping(),
      new GlueCatalogEncryptionMapping(),
      new GcpAuditConfigMapping(),
      new BigQueryAccessMapping(),
      new AzureContainerAccessMapping(),
      new GcsAclMapping(),
      new GcpRedisInstanceMapping(),
      new GcpBackendServiceMapping(),
      new GcpPubSubTopicMapping(),
      new SnapshotMapping(),
      new AzureManagedDiskMapping(),
      new AzureStorageAccountMapping(),
      new GcpDiskMapping(),
      new GcsBucketMapping(),
      new S3BucketMapping(),
      new VpcMapping(),
      new ApiGatewayStageMapping(),
      new ApiGatewayV2StageMapping(),
      new EksClusterMapping(),
      new GcpContainerClusterMapping(),
      new MskClusterMapping(),
      new MqBrokerMapping(),
      new RdsModuleMapping(),
      new AuroraModuleMapping(),
      new S3BucketModuleMapping(),
      new AutoscalingModuleMapping(),
      new SecurityGroupModuleMapping(),
      new VpcModuleMapping(),
      new EksModuleMapping(),
      new CloudPosseDatabaseModuleMapping("cloudposse/rds/aws", Optional.empty()),
      new CloudPosseDatabaseModuleMapping("cloudposse/rds-cluster/aws", Optional.empty()),
      new CloudPosseDatabaseModuleMapping("cloudposse/documentdb-cluster/aws", Optional.of("audit")),
      new CloudPosseEksModuleMapping(),
      new CloudPosseS3BucketModuleMapping(),
      new CloudPosseMskModuleMapping(),
      new SnsModuleMapping(),
      new GcsSimpleBucketModuleMapping(),
      new CloudTrailMapping(),
      new LoadBalancerMapping(),
      new ElbModuleMapping(),
      new AlbModuleMapping(),
      new CloudFrontMapping(),
      new CloudFrontModuleMapping(),
      new Route53ZoneMapping(),
      new GcpDnsZoneMapping(),
      new GcpDnsPolicyMapping(),
      new GlobalAcceleratorMapping(),
      new AzureFlowLogMapping(),
      new AzureKeyVaultMapping(),
      new AksClusterMapping(),
      new AzureWebAppMapping(),
      new AwsKeyedStoreMapping(),
      new GcpKeyedStoreMapping(),
      new EmrSecurityConfigurationMapping(),
      new WebAclMapping(),
      new NetworkFirewallMapping(),
      new StateMachineMapping(),
      new AirflowEnvironmentMapping(),
      new TransparentDataEncryptionMapping(),
      new AppSyncApiMapping(),
      new EcsTaskDefinitionMapping(),
      new ParameterGroupMapping(),
      new GcpSubnetworkMapping(),
      new GcpNetworkModuleMapping(),
      new DaxClusterMapping(),
      new MemoryDbClusterMapping(),
      new ServerlessCacheMapping(),
      new WorkspaceMapping(),
      new ServerlessDatabaseMapping(),
      new CosmosDbAccountMapping(),
      new AzureSearchServiceMapping(),
      new AzureRedisMapping(),
      new GkeModuleMapping(),
      new AzureServerConfigurationMapping(),
      new AzureSecurityGroupMapping(),
      new GcpFirewallMapping(),
      new GcpFirewallPolicyRuleMapping(),
      new LightsailPortsMapping(),
      new DbSecurityGroupMapping(),
      new NetworkAclMapping(),
      new EksNodeGroupMapping(),
      new GlobalClusterMapping());
  private static final Map<String, ModelMapping> BY_TYPE = byType();

  private ProviderModels() {}

  private static Map<String, ModelMapping> byType() {
    Map<String, ModelMapping> index = new HashMap<>();
    for (ModelMapping mapping : MAPPINGS) {
      for (String type : mapping.types()) {
        if (index.putIfAbsent(type, mapping) != null) {
          throw new IllegalStateException("two mappings claim " + type);
        }
      }
    }
    return Map.copyOf(index);
  }

  /** Whether calls of the registry module whose address is {@code type} are mapped to models from their inputs. */
  public static boolean mapsModule(String type) {
    return type.contains("/") && BY_TYPE.containsKey(type);
  }

  /**
   * The models of the managed resources and registry module calls in {@code graph} that a mapping knows, with the
   * latest provider defaults.
   */
  public static List<CloudModel> map(ResourceGraph graph) {
    return map(graph.resources(), List.copyOf(graph.references()), ProviderVersions.LATEST);
  }

  /**
   * The models of {@code resources} (a unit's, without a repeated id), with the {@code references} between them,
   * in the graph's order: by range, then by id; a missing attribute means what it does in the provider release
   * {@code versions} selects.
   */
  public static List<CloudModel> map(Collection<Resource> resources, Collection<Reference> references,
      ProviderVersions versions) {
    List<Resource> ordered = resources.stream()
        .sorted(Comparator.comparing(Resource::range).thenComparing(Resource::id)).toList();
    Module module = new Module(ordered, references, versions);
    return module.resources().stream()
        .filter(ProviderModels::mapped)
        .flatMap(resource -> BY_TYPE.get(resource.type()).map(resource, module).stream())
        .toList();
  }

  private static boolean mapped(Resource resource) {
    return (resource.kind() == ResourceKind.MANAGED || resource.kind() == ResourceKind.MODULE_CALL)
        && BY_TYPE.containsKey(resource.type());
  }
}
