package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a firewall or security group.
 *
 * @param declaredBy the resource the rule is written in: the group itself, or a separate rule resource
 * @param attribute  the rule's path within that resource, e.g. {@code ingress[1]}; empty when the rule is the whole
 *                   resource (a separate rule resource)
 * @param range      the rule's source range
 * @param direction  ingress or egress
 * @param protocol   the protocol
 * @param ports      the port range
 * @param sources    the peer address ranges (CIDR notation) the rule allows, each located; unknown ones included
 * @param sharedSources whether the sources also serve other port ranges of the same rule or firewall (Azure and
 *                   Google Cloud list ports; a GCP firewall's {@code allow} blocks share its sources), so that the
 *                   rule is told apart by {@code range}, its ports, rather than by its sources
 */
public record FirewallRule(
    Resource declaredBy,
    String attribute,
    Range range,
    Direction direction,
    Located<Protocol> protocol,
    Located<PortRange> ports,
    List<Located<String>> sources,
    boolean sharedSources) {

  public FirewallRule {
    Objects.requireNonNull(declaredBy, "declaredBy");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(ports, "ports");
    sources = List.copyOf(sources);
  }

  /** A rule whose sources are its own. */
  public FirewallRule(Resource declaredBy, String attribute, Range range, Direction direction,
      Located<Protocol> protocol, Located<PortRange> ports, List<Located<String>> sources) {
    this(declaredBy, attribute, range, direction, protocol, ports, sources, false);
  }

  /**
   * One rule per port range of {@code ports} (a rule that lists several, as Azure and GCP rules do), all at
   * {@code path}, each located at its range and sharing {@code sources}.
   */
  public static List<FirewallRule> perPortRange(Resource declaredBy, String path, Direction direction,
      Located<Protocol> protocol, List<Located<PortRange>> ports, List<Located<String>> sources) {
    return ports.stream()
        .map(range -> new FirewallRule(declaredBy, path, range.range(), direction, protocol, range, sources, true))
        .toList();
  }

  /**
   * The sources that are the whole internet (IPv4 or IPv6): definitely, or on a reachable branch of an undecided
   * choice (then with its condition).
   */
  public List<Located<String>> internetSources() {
    return sources.stream()
        .flatMap(source -> source.witnesses().stream())
        .filter(source -> source.value().filter(Cidrs::isInternet).isPresent())
        .toList();
  }
}
