package dev.bulwark.terraform;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Counts the leaf values of resources' attribute trees that are known and unknown, per kind of resource. */
final class ValueCensus {
  private final Map<ResourceKind, long[]> counts = new EnumMap<>(ResourceKind.class);

  void add(Resource resource) {
    long[] tally = counts.computeIfAbsent(resource.kind(), kind -> new long[2]);
    for (MapEntry entry : resource.attributes().entries().values()) {
      count(entry.value(), tally);
    }
  }

  private static void count(Value value, long[] tally) {
    if (value instanceof MapValue map) {
      map.entries().values().forEach(entry -> count(entry.value(), tally));
    } else if (value instanceof ListValue list) {
      list.items().forEach(item -> count(item, tally));
    } else {
      tally[value.isKnown() ? 0 : 1]++;
    }
  }

  long known(ResourceKind kind) {
    return counts.getOrDefault(kind, new long[2])[0];
  }

  long unknown(ResourceKind kind) {
    return counts.getOrDefault(kind, new long[2])[1];
  }

  long known() {
    return counts.values().stream().mapToLong(tally -> tally[0]).sum();
  }

  long unknown() {
    return counts.values().stream().mapToLong(tally -> tally[1]).sum();
  }

  /** One line per kind and a total: known, unknown and the share known. */
  String report() {
    StringBuilder text = new StringBuilder();
    counts.keySet().forEach(kind -> text.append(line(kind.name().toLowerCase(Locale.ROOT), known(kind),
        unknown(kind))));
    return text.append(line("all", known(), unknown())).toString();
  }

  private static String line(String name, long known, long unknown) {
    long total = known + unknown;
    return String.format(Locale.ROOT, "%-12s known %8d  unknown %8d  (%.1f%% known)%n", name, known, unknown,
        total == 0 ? 0.0 : 100.0 * known / total);
  }
}
