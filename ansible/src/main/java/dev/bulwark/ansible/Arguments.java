package dev.bulwark.ansible;

import dev.bulwark.ansible.jinja.Outcome;
import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A module call's evaluated arguments: module defaults, then the {@code args:} keyword, then the arguments written
 * with the module, each later source overriding earlier ones key by key. An argument that evaluates to
 * {@code omit} is left out. When a source is a template that does not evaluate to a mapping, any argument may
 * come from it: the arguments are opaque, and no provider default may be assumed for a missing one.
 *
 * @param values the arguments
 * @param opaque whether a source could not be evaluated to a mapping
 * @param uses   which arguments use registered results of other tasks
 */
record Arguments(MapValue values, boolean opaque, List<Use> uses) {
  Arguments {
    uses = List.copyOf(uses);
  }

  /** An argument that uses the registered results of {@code producers}. */
  record Use(String attribute, Range range, Set<ResourceId> producers) {
    Use {
      producers = Set.copyOf(producers);
    }
  }

  /** Evaluates {@code sources} (lowest priority first) in {@code scope}; the result is located at {@code header}. */
  static Arguments evaluate(List<DocNode> sources, Scope scope, Range header) {
    return evaluate(sources, scope, Optional.empty(), header);
  }

  /** As {@link #evaluate(List, Scope, Range)}, with the file and template lookups of a task reading {@code lookups}. */
  static Arguments evaluate(List<DocNode> sources, Scope scope, Optional<LookupPath> lookups, Range header) {
    Map<String, MapEntry> values = new LinkedHashMap<>();
    List<Use> uses = new ArrayList<>();
    boolean opaque = false;
    for (DocNode source : sources) {
      if (source instanceof DocNode.Mapping mapping) {
        for (DocNode.Entry entry : mapping.entries()) {
          if (entry.key() instanceof DocNode.Scalar key) {
            Resolver resolver = new Resolver(scope, lookups);
            Outcome outcome = resolver.resolve(entry.value());
            if (!(outcome instanceof Outcome.Omit)) {
              Value value = Resolver.valueOf(outcome, entry.value());
              values.put(key.text(), new MapEntry(key.text(), key.range(), value));
              if (!resolver.producers().isEmpty()) {
                uses.add(new Use(key.text(), value.range(), resolver.producers()));
              }
            }
          }
        }
      } else if (!(source instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.Kind.NULL)) {
        Resolver resolver = new Resolver(scope, lookups);
        Value value = resolver.value(source);
        if (value instanceof MapValue map) {
          map.entries().forEach(values::put);
        } else {
          opaque = true;
        }
      }
    }
    return new Arguments(new MapValue(values, header), opaque, uses);
  }
}
