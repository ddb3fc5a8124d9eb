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
 * rule and branch of an undecided choice, however many protocols, ports and internet sources combine to it.
 *
 * @param rule      the rule
 * @param source    the first internet source (the others are related locations)
 * @param ports     the rule's ports
 * @param exposure  what is exposed, e.g. "all ports" or "port 22 (SSH)"
 * @param condition when, empty if always
 */
record InternetExposure(FirewallRule rule, Located<String> source, Located<PortRange> ports, String exposure,
    String condition) {

  /** The exposures of {@code rule}, whatever its direction. */
  static List<InternetExposure> of(FirewallRule rule) {
    List<Located<String>> sources = rule.internetSources();
    Map<String, InternetExposure> exposures = new LinkedHashMap<>();
    for (Located<String> source : sources) {
      for (Located<Protocol> protocol : rule.protocol().witnesses()) {
        for (Located<PortRange> ports : rule.ports().witnesses()) {
          String exposure = exposure(protocol.value().orElseThrow(), ports.value().orElseThrow());
          if (exposure.isEmpty()) {
            continue;
          }
          String condition = Stream.of(protocol.condition(), ports.condition(), source.condition())
              .filter(text -> !text.isEmpty()).distinct().collect(Collectors.joining(" and "));
          exposures.putIfAbsent(exposure + "\n" + condition,
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
    String names = reached.stream().map(SensitivePort::toString).collect(Collectors.joining(", "));
    return ports.from() == ports.to() ? "port " + names : ports + ", including " + names;
  }

  /**
   * Where the finding points: the rule's own declaration (an inline block or list item, or the entry of a list of
   * port ranges that the rule was read from), or, for a rule that is a resource of its own, its internet source.
   */
  Range range() {
    return rule.attribute().isEmpty() ? source.range() : rule.range();
  }

  /** The rule's attribute path to {@link #range()}. */
  String attribute() {
    if (rule.attribute().isEmpty()) {
      return source.attribute();
    }
    return rule.attribute();
  }

  /** The source's origin, the source and ports themselves, and the other internet sources. */
  List<RelatedLocation> related() {
    List<RelatedLocation> related = new ArrayList<>(source.origin());
    if (!source.range().equals(range())) {
      related.add(new RelatedLocation(source.range(), "the internet source"));
    }
    if (!ports.range().equals(range())) {
      related.add(new RelatedLocation(ports.range(), "the rule's ports"));
    }
    rule.internetSources().stream()
        .filter(other -> !other.range().equals(source.range()))
        .map(other -> new RelatedLocation(other.range(), "another internet source"))
        .distinct()
        .forEach(related::add);
    return related;
  }

  /** The source attribute's name without list index, e.g. {@code cidr_blocks}. */
  String sourceName() {
    int bracket = source.attribute().indexOf('[');
    return bracket < 0 ? source.attribute() : source.attribute().substring(0, bracket);
  }
}
