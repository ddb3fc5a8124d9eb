package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The nested blocks of an attribute map under one key: blocks, or a list of objects in attribute syntax, which
 * Terraform treats alike.
 *
 * @param entry the entry, when present and not null
 * @param items the items in order; an item that is not a map (a {@code dynamic} block, an unknown expression) is
 *              an unknown value
 */
record NestedBlocks(Optional<MapEntry> entry, List<Value> items) {

  static NestedBlocks of(MapValue attributes, String key) {
    Optional<MapEntry> entry = attributes.entry(key).filter(e -> !(e.value() instanceof NullValue));
    List<Value> items = entry.map(e -> e.value().asList().orElse(List.of(e.value()))).orElse(List.of());
    return new NestedBlocks(entry, items);
  }

  /** Whether the key is absent (or null). */
  boolean isMissing() {
    return entry.isEmpty();
  }

  /** The items that are known blocks. */
  List<MapValue> known() {
    return items.stream().flatMap(item -> item.asMap().stream()).toList();
  }

  /**
   * Whether the blocks configure something, as a fact about {@code attribute} located at the entry: true with a
   * known block, unknown with only unknown ones, false when empty ({@code logging = []}). The entry must be present.
   */
  Fact presence(String attribute) {
    MapEntry present = entry.orElseThrow();
    if (!known().isEmpty()) {
      return Fact.known(true, attribute, present.range(), present.value().origin());
    }
    return hasUnknown()
        ? Fact.unknown(attribute, present.range(), present.value().origin())
        : Fact.known(false, attribute, present.range(), present.value().origin());
  }

  /**
   * The fact that the flag {@code key} of the first {@code block} of {@code attributes} states: its value, or
   * {@code whenMissing} located at the block when the block leaves it out; as {@link #first} otherwise.
   */
  static Fact flag(MapValue attributes, String block, String key, boolean whenMissing, Range header) {
    return first(attributes, block, header, (settings, at) -> Fact.of(settings, key, whenMissing, at));
  }

  /**
   * The fact {@code read} gives for the first known {@code block} of {@code attributes} (the block, and where its
   * entry is); false at {@code header} by default when there is no block; as {@link #presence(String)} when no block
   * is known.
   */
  static Fact first(MapValue attributes, String block, Range header, BiFunction<MapValue, Range, Fact> read) {
    NestedBlocks blocks = of(attributes, block);
    if (blocks.isMissing()) {
      return Fact.byDefault(false, block, header);
    }
    List<MapValue> known = blocks.known();
    return known.isEmpty() ? blocks.presence(block) : read.apply(known.get(0), blocks.entry().orElseThrow().range());
  }

  /**
   * The fact {@code read} gives for the first known block at the end of {@code path}, each block on the way the first
   * known one of its parent, and where its entry is. When a block on the way is missing, {@code whenMissing} by
   * default, located at the deepest block that exists ({@code header} for the first), and so when it is an empty
   * list; unknown when a block on the way is not known.
   */
  static Fact path(MapValue attributes, Range header, boolean whenMissing, BiFunction<MapValue, Range, Fact> read,
      String... path) {
    MapValue parent = attributes;
    Range at = header;
    for (String key : path) {
      NestedBlocks blocks = of(parent, key);
      if (blocks.isMissing()) {
        return Fact.byDefault(whenMissing, key, at);
      }
      MapEntry entry = blocks.entry().orElseThrow();
      if (blocks.known().isEmpty()) {
        return blocks.hasUnknown() ? Fact.unknown(key, entry.range(), entry.value().origin())
            : Fact.byDefault(whenMissing, key, entry.range());
      }
      parent = blocks.known().get(0);
      at = entry.range();
    }
    return read.apply(parent, at);
  }

  /** Whether some item is not known. */
  boolean hasUnknown() {
    return items.stream().anyMatch(item -> item.asMap().isEmpty());
  }
}
