package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An inclusive range of ports. */
public record PortRange(int from, int to) {
  /** Every port. */
  public static final PortRange ALL = new PortRange(0, 65535);

  private static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?");

  public PortRange {
    if (from > to) {
      throw new IllegalArgumentException("port range " + from + "-" + to);
    }
  }

  /** Whether {@code port} is in the range. */
  public boolean contains(int port) {
    return from <= port && port <= to;
  }

  /** Whether the range covers every port (port 0 is reserved, so 1-65535 covers every port too). */
  public boolean isAll() {
    return from <= 1 && to >= 65535;
  }

  /**
   * Parses comma-separated ports and ranges as Azure and GCP write them: {@code 22}, {@code 21-23},
   * {@code 22-64, 94}, or {@code *} for every port; empty when some part is not one of those.
   */
  public static Optional<List<PortRange>> parseList(String text) {
    List<PortRange> ranges = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String trimmed = part.trim();
      if (trimmed.equals("*")) {
        ranges.add(ALL);
        continue;
      }
      Matcher matcher = RANGE.matcher(trimmed);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      int first = Integer.parseInt(matcher.group(1));
      int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
      if (first > last) {
        return Optional.empty();
      }
      ranges.add(new PortRange(first, last));
    }
    return Optional.of(ranges);
  }

  /**
   * The port ranges that {@code entry} (attribute {@code attribute}) lists: a string or number, or each item of a
   * list, each parsed by {@link #parseList}; each range located at its item (or at the entry for a single value).
   * A value that is not understood is one unknown range.
   */
  public static List<Located<PortRange>> listed(String attribute, MapEntry entry) {
    Optional<List<Value>> items = entry.value().asList();
    if (items.isEmpty()) {
      return located(attribute, entry.range(), entry.value());
    }
    List<Located<PortRange>> ranges = new ArrayList<>();
    for (int i = 0; i < items.get().size(); i++) {
      Value item = items.get().get(i);
      ranges.addAll(located(attribute + "[" + i + "]", item.range(), item));
    }
    return ranges;
  }

  private static List<Located<PortRange>> located(String attribute, Range range, Value value) {
    return value.asString().flatMap(PortRange::parseList)
        .map(ranges -> ranges.stream().map(ports -> Located.known(ports, attribute, range, value.origin())).toList())
        .orElseGet(() -> List.of(Located.unknown(attribute, range, value.origin())));
  }

  @Override
  public String toString() {
    return isAll() ? "all ports" : from == to ? "port " + from : "ports " + from + "-" + to;
  }
}
