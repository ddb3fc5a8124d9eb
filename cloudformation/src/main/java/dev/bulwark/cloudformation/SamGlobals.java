package dev.bulwark.cloudformation;

import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a SAM resource ({@code AWS::Serverless::Api}, {@code Function}, ...) takes the properties of the template's
 * {@code Globals} section: its own value of a property wins, maps are merged key by key, and lists are the global
 * items followed by its own. A property that comes from {@code Globals} keeps its range there, so a finding about it
 * points at the line to change.
 */
final class SamGlobals {
  static final String PREFIX = "AWS::Serverless::";

  private SamGlobals() {}

  /** The properties {@code own} has once {@code globals} are applied. */
  static MapValue merge(MapValue globals, MapValue own) {
    Map<String, MapEntry> merged = new LinkedHashMap<>(globals.entries());
    for (MapEntry entry : own.entries().values()) {
      MapEntry global = merged.get(entry.key());
      merged.put(entry.key(), global == null
          ? entry
          : new MapEntry(entry.key(), entry.keyRange(), combine(global.value(), entry.value())));
    }
    return new MapValue(merged, own.range(), own.origin());
  }

  private static Value combine(Value global, Value own) {
    if (global instanceof MapValue globalMap && own instanceof MapValue ownMap) {
      return merge(globalMap, ownMap);
    }
    if (global instanceof ListValue globalList && own instanceof ListValue ownList) {
      List<Value> items = new ArrayList<>(globalList.items());
      items.addAll(ownList.items());
      return new ListValue(items, ownList.range(), ownList.origin());
    }
    return own;
  }
}
