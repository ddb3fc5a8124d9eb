package dev.bulwark.rules;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an allow rule opens to the whole internet: every port, or the sensitive ports its range covers; once per
 * rule, internet source and branch of an undecided choice, however many protocols and ports combine to it. It is
 * reported at the source: the value to restrict.
 *
 * @param rule      the rule
 * @param source    the internet source
 * @param ports     the rule's ports
 * @param exposure  what is exposed, e.g. "all ports" or "port 22 (SSH)"
 * @param condition when, empty if always
 */
record InternetExposure(FirewallRule rule, Located<String> source, Located<PortRange> ports, String exposure,
    String condition) {
  /** How many of the sensitive ports a range reaches a message names; it counts the others. */
  private static final int NAMED = 5;

  /** The exposures of {@code rule}, whatever its direction. */
  static List<InternetExposure> of(FirewallRule rule) {
    Map<String, InternetExposure> exposures = new LinkedHashMap<>();
    for (Located<String> source : rule.internetSources()) {
      for (Located<Protocol> protocol : rule.protocol().witnesses()) {
        for (Located<PortRange> ports : rule.ports().witnesses()) {
          String exposure = exposure(protocol.value().orElseThrow(), ports.value().orElseThrow());
          if (exposure.isEmpty()) {
            continue;
          }
          String condition = Stream.of(protocol.condition(), ports.condition(), source.condition())
              .filter(text -> !text.isEmpty()).distinct().collect(Collectors.joining(" and "));
          exposures.putIfAbsent(exposure + "\n" + condition + "\n" + source.range(),
              new InternetExposure(rule, source, ports, exposure, condition));
        }
      }
    }
    return List.copyOf(exposures.values());
  }

  private static String exposure(Protocol protocol, PortRange ports) {
    if (ports.isAll() && (protocol == Protocol.ALL || protocol == Protocol.TCP || protocol == Protocol.UDP)) {
      return "all ports";
    }
    List<SensitivePort> reached = SensitivePort.reachedBy(protocol, ports);
    if (reached.isEmpty()) {
      return "";
    }
    String names = reached.stream().limit(NAMED).map(SensitivePort::toString).collect(Collectors.joining(", "))
        + (reached.size() > NAMED ? " and " + (reached.size() - NAMED) + " more sensitive ports" : "");
    return ports.from() == ports.to() ? "port " + names : ports + ", including " + names;
  }

  /**
   * Where the finding points: the internet source, the value to restrict; or, when the rule shares its sources with
   * other port ranges (Azure, Google Cloud), the rule's own ports, so that each finding has its line.
   */
  Range range() {
    return rule.sharedSources() ? rule.range() : source.range();
  }

  /** The attribute path of {@link #range()} in the resource that declares the rule. */
  String attribute() {
    String leaf = rule.sharedSources() ? ports.attribute() : source.attribute();
    return rule.attribute().isEmpty() ? leaf : rule.attribute() + "." + leaf;
  }

  /** The source's origin, and the source or the rule's ports, whichever the finding does not point at. */
  List<RelatedLocation> related() {
    List<RelatedLocation> related = new ArrayList<>(source.origin());
    if (!source.range().equals(range())) {
      related.add(new RelatedLocation(source.range(), "the internet source"));
    }
    if (!ports.range().equals(range()) && !ports.range().equals(source.range())) {
      related.add(new RelatedLocation(ports.range(), "the rule's ports"));
    }
    return related;
  }

  /** The source attribute's name without list index, e.g. {@code cidr_blocks}. */
  String sourceName() {
    int bracket = source.attribute().indexOf('[');
    return bracket < 0 ? source.attribute() : source.attribute().substring(0, bracket);
  }
}
