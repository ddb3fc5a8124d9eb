package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.model.CloudModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps the AWS resources of one template to the shared models. */
public final class AwsModels {
  private static final List<ModelMapping> MAPPINGS = List.of(
      new DbInstanceMapping(),
      new DbClusterMapping(),
      new RedshiftMapping(),
      new DmsReplicationInstanceMapping(),
      new DmsEndpointMapping(),
      new DbProxyMapping(),
      new KeyedStoreMapping(),
      new EmrSecurityConfigurationMapping(),
      new WebAclMapping(),
      new NetworkFirewallMapping(),
      new StateMachineMapping(),
      new AirflowEnvironmentMapping(),
      new AppSyncApiMapping(),
      new EcsTaskDefinitionMapping(),
      new ParameterGroupMapping(),
      new CacheClusterMapping(),
      new DaxClusterMapping(),
      new MemoryDbClusterMapping(),
      new ServerlessCacheMapping(),
      new WorkspaceMapping(),
      new ServerlessDatabaseMapping(),
      new SearchDomainMapping(),
      new SecurityGroupMapping(),
      new LightsailInstanceMapping(),
      new EksNodegroupMapping(),
      new GlobalClusterMapping(),
      new SecurityGroupRuleMapping(),
      new DbSecurityGroupMapping(),
      new NetworkAclEntryMapping(),
      new VolumeMapping(),
      new BlockDevicesMapping(),
      new DataStoreMapping(),
      new FirehoseDeliveryStreamMapping(),
      new GlueCatalogEncryptionMapping(),
      new BucketMapping(),
      new BucketPolicyMapping(),
      new VpcMapping(),
      new ApiStageMapping(),
      new ApiV2StageMapping(),
      new EksClusterMapping(),
      new MskClusterMapping(),
      new MqBrokerMapping(),
      new TrailMapping(),
      new LoadBalancerMapping(),
      new DistributionMapping(),
      new HostedZoneMapping());
  private static final Map<String, ModelMapping> BY_TYPE = byType();

  private AwsModels() {}

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

  /** The models of the resources {@code stack} creates that a mapping knows. */
  public static List<CloudModel> map(Stack stack) {
    return stack.graph().resources().stream()
        .filter(resource -> resource.kind() == ResourceKind.MANAGED && BY_TYPE.containsKey(resource.type()))
        .filter(resource -> BY_TYPE.get(resource.type()).applies(resource, stack))
        .flatMap(resource -> BY_TYPE.get(resource.type()).map(resource, stack).stream())
        .toList();
  }
}
