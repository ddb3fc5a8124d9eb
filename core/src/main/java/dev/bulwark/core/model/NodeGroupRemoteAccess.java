package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * The firewall that an EKS managed node group's remote access makes: with an SSH key and no source security groups,
 * EKS opens port 22 of the nodes to the internet ({@code 0.0.0.0/0}); with source groups, only to them. No rule when
 * the group has no remote access or names no key; an unknown list of source groups leaves the source unknown.
 */
public final class NodeGroupRemoteAccess {

  private NodeGroupRemoteAccess() {}

  /**
   * The node group's SSH firewall, read from {@code access} (the remote access block or property) with the key in
   * {@code keyName} and the source groups in {@code sourcesName}.
   */
  public static SecurityGroup of(Resource group, Optional<MapEntry> access, String keyName, String sourcesName) {
    Optional<MapValue> settings = access.flatMap(entry -> entry.value().asMap());
    if (settings.isEmpty() || Fact.names(settings.get(), keyName, access.get().range()).isFalse()) {
      return new SecurityGroup(group, List.of());
    }
    MapEntry block = access.get();
    Optional<MapEntry> sources = settings.get().entry(sourcesName)
        .filter(entry -> !(entry.value() instanceof NullValue));
    Optional<List<Value>> named = sources.flatMap(entry -> entry.value().asList());
    if (named.filter(list -> !list.isEmpty()).isPresent()) {
      return new SecurityGroup(group, List.of());
    }
    Located<String> source = sources.isEmpty() || named.isPresent()
        ? Located.byDefault("0.0.0.0/0", sourcesName, block.range())
        : Located.unknown(sourcesName, sources.get().range(), sources.get().value().origin());
    return new SecurityGroup(group, List.of(new FirewallRule(group, block.key(), block.range(), Direction.INGRESS,
        Located.byDefault(Protocol.TCP, "protocol", block.range()),
        Located.byDefault(new PortRange(22, 22), "port", block.range()), List.of(source))));
  }
}
