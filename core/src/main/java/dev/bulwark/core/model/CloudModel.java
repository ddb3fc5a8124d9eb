package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;

/**
 * A provider-level model of a resource that rules are written against, filled by each front end from its native
 * resources (and the resources attached to them through the graph). Provider defaults live in that mapping.
 */
public sealed interface CloudModel permits
    DatabaseInstance,
    SecurityGroup,
    BlockVolume,
    StorageBucket,
    VirtualNetwork,
    SearchDomain,
    CacheCluster,
    DataStore,
    AuditTrail,
    LoadBalancer,
    ContentDistribution,
    ApiStage,
    KubernetesCluster,
    MessageBroker,
    NetworkAcl,
    StorageAccount,
    StorageService,
    DnsZone,
    DnsPolicy,
    Accelerator,
    KeyVault,
    FlowLog,
    ApiCache,
    TrafficEncryption,
    DatabaseLogParameter,
    WebAcl,
    NetworkFirewall,
    StateMachine,
    GraphqlApi,
    TlsFloor,
    WebApp,
    AuditLogConfig,
    DatasetAccess,
    AirflowEnvironment {
  /** The resource this model describes; findings are about it. */
  Resource resource();
}
