package dev.bulwark.ansible;

import dev.bulwark.ansible.jinja.Jinja;
import dev.bulwark.ansible.jinja.Outcome;
import dev.bulwark.ansible.jinja.Variables;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates YAML values in a scope as Ansible templates them: strings with Jinja are rendered (lazily, in the
 * scope of the use), {@code !unsafe} strings are never templated, {@code !vault} values are unknown. Variables
 * that Ansible sets at run time (facts, magic variables, registered results) are unknown. Not thread-safe: one
 * resolver serves one evaluation.
 */
final class Resolver implements Variables {
  private static final int MAX_NODES = 50_000;
  private static final int MAX_DEPTH = 40;
  private static final Set<String> RUNTIME = Set.of("hostvars", "groups", "group_names", "inventory_hostname",
      "inventory_hostname_short", "inventory_dir", "inventory_file", "play_hosts", "item");

  private final Scope scope;
  private final Optional<LookupPath> lookups;
  private final Set<ResourceId> producers = new HashSet<>();
  private final Deque<Range> rendering = new ArrayDeque<>();
  private final Deque<String> resolving = new ArrayDeque<>();
  private int nodes;

  Resolver(Scope scope) {
    this(scope, Optional.empty());
  }

  /** A resolver whose {@code file} and {@code template} lookups read the files {@code lookups} finds. */
  Resolver(Scope scope, Optional<LookupPath> lookups) {
    this.scope = scope;
    this.lookups = lookups;
  }

  @Override
  public Optional<String> lookupFile(String plugin, String term) {
    return lookups.flatMap(path -> path.read(plugin, term));
  }

  /** The resources whose registered results the values evaluated so far used. */
  Set<ResourceId> producers() {
    return Set.copyOf(producers);
  }

  /** The value of {@code node}: an undefined variable or {@code omit} in it makes it unknown. */
  Value value(DocNode node) {
    return valueOf(resolve(node), node);
  }

  /** The value of {@code outcome}, evaluated from {@code node}: unknown for an undefined variable or {@code omit}. */
  static Value valueOf(Outcome outcome, DocNode node) {
    return outcome instanceof Outcome.Known known ? known.value() : unknown(node);
  }

  private static UnknownValue unknown(DocNode node) {
    return new UnknownValue(node instanceof DocNode.Scalar scalar ? scalar.text() : "...", node.range());
  }

  /** What {@code node} evaluates to. */
  Outcome resolve(DocNode node) {
    if (++nodes > MAX_NODES || resolving.size() > MAX_DEPTH) {
      return new Outcome.Known(unknown(node));
    }
    if (node instanceof DocNode.Scalar scalar) {
      return scalar(scalar);
    }
    if (node instanceof DocNode.Sequence sequence) {
      List<Value> items = new ArrayList<>();
      for (DocNode item : sequence.items()) {
        items.add(valueOf(resolve(item), item));
      }
      return new Outcome.Known(new ListValue(items, sequence.range()));
    }
    DocNode.Mapping mapping = (DocNode.Mapping) node;
    List<MapEntry> entries = new ArrayList<>();
    for (DocNode.Entry entry : mapping.entries()) {
      if (entry.key() instanceof DocNode.Scalar key) {
        Outcome value = resolve(entry.value());
        if (!(value instanceof Outcome.Omit)) {
          entries.add(new MapEntry(key.text(), key.range(), valueOf(value, entry.value())));
        }
      }
    }
    return new Outcome.Known(MapValue.of(entries, mapping.range()));
  }

  private Outcome scalar(DocNode.Scalar scalar) {
    Optional<String> tag = scalar.tag();
    if (tag.filter("!vault"::equals).isPresent()) {
      return new Outcome.Known(new UnknownValue("!vault", scalar.range()));
    }
    if (tag.filter("!unsafe"::equals).isPresent()) {
      return new Outcome.Known(new StringValue(scalar.text(), scalar.range()));
    }
    if (scalar.kind() != DocNode.Kind.STRING || !Jinja.isTemplate(scalar.text())) {
      return new Outcome.Known(Scalars.value(scalar));
    }
    rendering.push(scalar.range());
    try {
      Outcome outcome = Jinja.render(scalar.text(), scalar.range(), this);
      return outcome instanceof Outcome.Known known
          ? new Outcome.Known(Relocate.to(known.value(), scalar.range()))
          : outcome;
    } finally {
      rendering.pop();
    }
  }

  @Override
  public Outcome lookup(String name) {
    if (name.equals("omit")) {
      return new Outcome.Omit();
    }
    Optional<Layer> layer = scope.decide(name);
    if (layer.isEmpty()) {
      return RUNTIME.contains(name) || name.startsWith("ansible_") ? runtime(name) : new Outcome.Undefined(name);
    }
    Binding binding = layer.get().bindings().get(name);
    if (binding == null || !binding.certain() || resolving.contains(name)) {
      return runtime(name);
    }
    producers.addAll(binding.producers());
    List<RelatedLocation> hop = binding.definedAt()
        .map(at -> List.of(new RelatedLocation(at, "`" + name + "` is set here (" + layer.get().precedence().label()
            + ")")))
        .orElse(List.of());
    Outcome outcome;
    if (binding.raw() instanceof Binding.Raw.Evaluated evaluated) {
      outcome = new Outcome.Known(evaluated.value());
    } else {
      resolving.push(name);
      try {
        outcome = resolve(((Binding.Raw.Written) binding.raw()).node());
      } finally {
        resolving.pop();
      }
    }
    return outcome instanceof Outcome.Known known ? new Outcome.Known(known.value().withOriginPrefix(hop)) : outcome;
  }

  /** A variable only known when the play runs. */
  private Outcome runtime(String name) {
    Range at = rendering.isEmpty() ? null : rendering.peek();
    return at == null ? new Outcome.Undefined(name) : new Outcome.Known(new UnknownValue("{{ " + name + " }}", at));
  }
}
