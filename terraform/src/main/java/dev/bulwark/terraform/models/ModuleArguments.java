package dev.bulwark.terraform.models;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.models.VersionConstraint.Version;
import java.util.List;
import java.util.Optional;

/** Reading the arguments of a call of a registry module, with the module's own defaults. */
final class ModuleArguments {
  private ModuleArguments() {}

  /** Whether the module creates its resource: none of the {@code flags} ({@code create}, ...) is known false. */
  static boolean creates(Resource call, String... flags) {
    for (String flag : flags) {
      if (call.attributes().get(flag).map(Value::isFalse).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  /** The argument {@code name}, unless missing or null (then the module's default applies). */
  static Optional<MapEntry> argument(Resource call, String name) {
    return call.attribute(name).filter(entry -> !(entry.value() instanceof NullValue));
  }

  /**
   * Whether a map-valued argument such as {@code logging} configures something: a non-empty map (or non-empty list
   * of blocks) is true at the argument, an empty one false, a missing one false at the module block by default.
   */
  static Fact configured(Resource call, String name) {
    Optional<MapEntry> argument = argument(call, name);
    if (argument.isEmpty()) {
      return Fact.byDefault(false, name, call.range());
    }
    MapEntry entry = argument.get();
    Value value = entry.value();
    if (value instanceof MapValue map) {
      return Fact.known(!map.entries().isEmpty(), name, entry.range(), value.origin());
    }
    if (value instanceof ListValue) {
      return NestedBlocks.of(call.attributes(), name).presence(name);
    }
    return Fact.unknown(name, entry.range(), value.origin());
  }

  /** The items of a list argument; empty when missing, null or unknown. */
  static List<Value> items(Resource call, String name) {
    return argument(call, name).flatMap(entry -> entry.value().asList()).orElse(List.of());
  }

  /**
   * The default of an input the module changed in release {@code first}, for a call that leaves it out: {@code since}
   * when the call may use {@code first} or later ({@code terraform init} installs the newest release its
   * {@code version} allows, the latest without one), the opposite when its {@code version} allows only earlier
   * releases, with that constraint as a related location ending in {@code before} (e.g. "which enables no log type
   * by default"); unknown when {@code version} is not a constraint. Located at the call's header.
   */
  static Fact defaultSince(Resource call, String name, Version first, boolean since, String before) {
    Optional<MapEntry> version = call.attributes().entry("version");
    if (version.isEmpty()) {
      return Fact.byDefault(since, name, call.range());
    }
    Optional<String> text = version.get().value().asString();
    Optional<VersionConstraint> constraint = text.flatMap(VersionConstraint::parse);
    if (constraint.isEmpty()) {
      return Fact.unknown(name, call.range(), List.of());
    }
    return constraint.get().onlyBefore(first)
        ? Fact.byDefault(!since, name, call.range(), List.of(new RelatedLocation(version.get().range(),
            "version constraint `" + text.get() + "` selects a release of the module before " + first + ", "
                + before)))
        : Fact.byDefault(since, name, call.range());
  }
}
