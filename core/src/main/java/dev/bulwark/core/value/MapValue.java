package dev.bulwark.core.value;

import com.google.common.collect.ImmutableMap;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A map (object, mapping, block body) from keys to entries, in source order. Each entry keeps the range of its
 * key and of its value.
 */
public record MapValue(Map<String, MapEntry> entries, Range range, List<RelatedLocation> origin) implements Value {
  public MapValue {
    entries = ImmutableMap.copyOf(entries);
    Objects.requireNonNull(range, "range");
    origin = List.copyOf(origin);
  }

  public MapValue(Map<String, MapEntry> entries, Range range) {
    this(entries, range, List.of());
  }

  /** Builds a map from entries in order; a later entry with the same key replaces an earlier one. */
  public static MapValue of(Collection<MapEntry> entries, Range range) {
    Map<String, MapEntry> map = new LinkedHashMap<>();
    for (MapEntry entry : entries) {
      map.put(entry.key(), entry);
    }
    return new MapValue(map, range);
  }

  /** The entry for {@code key}, if present. */
  public Optional<MapEntry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The value for {@code key}, if present. */
  public Optional<Value> get(String key) {
    return entry(key).map(MapEntry::value);
  }

  @Override
  public MapValue withOriginPrefix(List<RelatedLocation> hops) {
    return new MapValue(entries, range, Origins.prefix(hops, origin));
  }
}
