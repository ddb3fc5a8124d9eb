package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.model.CloudModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the cloud modules' tasks of one unit to the shared models. Adding a module is one {@link ModuleMapping}
 * in {@link #MAPPINGS}; a module that names another resource by its name adds a {@link NameLink}.
 */
public final class AnsibleModels {
  private static final List<ModuleMapping> MAPPINGS = List.of(
      new RdsInstanceMapping(),
      new LegacyRdsMapping(),
      new RdsClusterMapping(),
      new RedshiftMapping(),
      new RdsParameterGroupMapping(),
      new RdsClusterParameterGroupMapping(),
      new ElastiCacheMapping(),
      new GcpSqlInstanceMapping(),
      new AzureFirewallRuleMapping(),
      new AzureDatabaseServerMapping(),
      new AzureServerAccessMapping(),
      new AzureFlowLogMapping(),
      new AzurePostgresConfigurationMapping(),
      new OpenSearchMapping(),
      new DmsEndpointMapping(),
      new SecurityGroupMapping(),
      new AzureSecurityGroupMapping(),
      new GcpFirewallMapping(),
      new NetworkAclMapping(),
      new VolumeMapping(),
      new InstanceVolumesMapping(),
      new S3BucketMapping(),
      new GcpContainerClusterMapping(),
      new MqBrokerMapping(),
      new MskClusterMapping(),
      new AmiDevicesMapping(),
      new EfsMapping(),
      new KinesisStreamMapping(),
      new StorageAccountMapping(),
      new KeyVaultMapping(),
      new WebAppMapping(),
      new KeyedStoreMapping(),
      new AksClusterMapping(),
      new CosmosDbAccountMapping(),
      new AzureSearchServiceMapping(),
      new AzureRedisMapping(),
      new GcsBucketMapping(),
      new GcsAccessControlMapping(),
      new AzureBlobContainerMapping(),
      new GcpDiskMapping(),
      new BigQueryDatasetMapping(),
      new GcpBackendServiceMapping(),
      new EcsTaskDefinitionMapping(),
      new CloudTrailMapping(),
      new CloudFrontMapping(),
      new LoadBalancerMapping());
  private static final List<NameLink> LINKS = List.of(
      S3BucketMapping.LOGGING_LINK, AzureRedisMapping.RULE_LINK, AzureFirewallRuleMapping.SQL_SERVER_LINK);
  private static final Map<String, ModuleMapping> BY_MODULE = byModule();

  private AnsibleModels() {}

  private static Map<String, ModuleMapping> byModule() {
    Map<String, ModuleMapping> index = new HashMap<>();
    for (ModuleMapping mapping : MAPPINGS) {
      for (String module : mapping.modules()) {
        if (index.putIfAbsent(module, mapping) != null) {
          throw new IllegalStateException("two mappings claim " + module);
        }
      }
    }
    return Map.copyOf(index);
  }

  /** The references by name between the tasks of one unit. */
  public static List<Reference> links(List<Resource> unit) {
    List<Reference> references = new ArrayList<>();
    LINKS.forEach(link -> references.addAll(link.references(unit)));
    return references;
  }

  /**
   * The models of the unit's tasks in {@code graph}; tasks whose arguments are {@code opaque} (a template that
   * may hold any argument) are left out, since no default may be assumed for what they do not show.
   */
  public static List<CloudModel> map(ResourceGraph graph, Set<ResourceId> opaque) {
    UnitResources unit = new UnitResources(graph);
    List<CloudModel> models = new ArrayList<>();
    for (Resource resource : graph.resources()) {
      ModuleMapping mapping = BY_MODULE.get(resource.type());
      if (mapping != null && resource.kind() == ResourceKind.MANAGED && !opaque.contains(resource.id())) {
        models.addAll(mapping.map(resource, unit));
      }
    }
    return models;
  }
}
