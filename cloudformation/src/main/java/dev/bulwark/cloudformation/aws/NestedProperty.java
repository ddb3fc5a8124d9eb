package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A property reached through nested objects, e.g. {@code LoggingInfo.BrokerLogs}: its entry when present, or
 * the key that is missing and the deepest enclosing key that exists (the resource's {@code Properties} for a
 * top-level one; a key written without a value is itself that key), or the key whose value is not a known object,
 * so that what it holds is unknown.
 *
 * @param entry   the property, when every key on the way is present with a value
 * @param key     the property's key, or the first key on the way that is missing or not known
 * @param range   where that key is missing (the deepest enclosing key), or the unknown key's range
 * @param unknown whether a key on the way holds something other than an object
 * @param origin  where an unknown value, or a value that leaves the key out, came from (a decided condition)
 * @param path    the property's whole path, e.g. {@code LoggingInfo.BrokerLogs}
 */
record NestedProperty(Optional<MapEntry> entry, String key, Range range, boolean unknown,
    List<RelatedLocation> origin, String path) {

  /** The property at {@code path} below the resource's properties. */
  static NestedProperty of(Resource resource, String... path) {
    return of(resource.attributes(), resource.range(), path);
  }

  /** The property at {@code path} below {@code parent}, located at {@code at}. */
  static NestedProperty of(MapValue parent, Range at, String... path) {
    String whole = String.join(".", path);
    MapValue current = parent;
    Range enclosing = at;
    for (int i = 0; i < path.length; i++) {
      Optional<MapEntry> entry = current.entry(path[i]);
      if (entry.isEmpty()) {
        return new NestedProperty(Optional.empty(), path[i], enclosing, false, List.of(), whole);
      }
      if (entry.get().value() instanceof NullValue) {
        return new NestedProperty(Optional.empty(), path[i], entry.get().range(), false,
            entry.get().value().origin(), whole);
      }
      if (i == path.length - 1) {
        return new NestedProperty(entry, path[i], entry.get().range(), false, entry.get().value().origin(),
            whole);
      }
      Optional<MapValue> next = entry.get().value().asMap();
      if (next.isEmpty()) {
        return new NestedProperty(Optional.empty(), path[i], entry.get().range(), true,
            entry.get().value().origin(), whole);
      }
      current = next.get();
      enclosing = entry.get().range();
    }
    throw new IllegalArgumentException("empty path");
  }

  /**
   * The boolean fact the property states; when it is absent, {@code whenMissing} by default (named by its whole path:
   * an object such as {@code NodeToNodeEncryptionOptions} is no boolean, its {@code Enabled} is), or unknown.
   */
  Fact flag(boolean whenMissing) {
    return entry.map(present -> Fact.of(present.value(), key, present.range())).orElseGet(() -> unset(whenMissing));
  }

  /**
   * The fact the property states when read by {@code reading} (a setting that is on or off), about {@code attribute};
   * when it is absent, {@code whenMissing} by default, or unknown.
   */
  Fact read(String attribute, Function<Value, Optional<Boolean>> reading, boolean whenMissing) {
    return entry.map(present -> Fact.of(present.value(), attribute, present.range(), reading))
        .orElseGet(() -> absent(whenMissing));
  }

  /**
   * Whether this object property names a customer-managed key in {@code key} ({@link KmsKeys#customerManaged}):
   * false by default when the property is absent, unknown when it is not a known object.
   */
  Fact customerKey(String key) {
    if (entry.isEmpty()) {
      return absent(false);
    }
    MapEntry present = entry.get();
    return present.value().asMap()
        .map(settings -> KmsKeys.customerManaged(settings, key, present.range()))
        .orElseGet(() -> Fact.unknown(this.key, present.range(), present.value().origin()));
  }

  /** The fact when the property is absent: {@code whenMissing} by default where it is missing, or unknown. */
  Fact absent(boolean whenMissing) {
    return unknown ? Fact.unknown(key, range, origin) : Fact.byDefault(whenMissing, key, range, origin);
  }

  /**
   * As {@link #absent}, but a missing property is named by its whole path, the setting to add (e.g.
   * {@code StageDescription.AccessLogSetting}, not the missing {@code StageDescription}).
   */
  Fact unset(boolean whenMissing) {
    return unknown ? absent(whenMissing) : Fact.byDefault(whenMissing, path, range, origin);
  }
}
