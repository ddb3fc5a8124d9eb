package dev.bulwark.ansible;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * A variable's definition.
 *
 * @param raw       the value as written (templated when used), or a value already evaluated
 * @param certain   false when the definition may or may not apply (another host group's vars, a fact set under a
 *                  condition): then the variable is unknown
 * @param definedAt the entry that defines it, for a finding's related locations
 * @param producers the resources whose registered result this is
 */
record Binding(Raw raw, boolean certain, Optional<Range> definedAt, List<ResourceId> producers) {
  Binding {
    producers = List.copyOf(producers);
  }

  /** A definition written in a YAML file at {@code entry}. */
  static Binding written(DocNode.Entry entry, boolean certain) {
    Range at = entry.key().range().file().equals(entry.value().range().file())
        ? entry.key().range().span(entry.value().range())
        : entry.key().range();
    return new Binding(new Raw.Written(entry.value()), certain, Optional.of(at), List.of());
  }

  /** A value evaluated already, defined at {@code definedAt} if it has a place. */
  static Binding evaluated(Value value, Optional<Range> definedAt) {
    return new Binding(new Raw.Evaluated(value), true, definedAt, List.of());
  }

  /** A variable's value: as written, or evaluated. */
  sealed interface Raw {
    /** A YAML node, templated in the scope of its use. */
    record Written(DocNode node) implements Raw {}

    /** A value that is not templated again. */
    record Evaluated(Value value) implements Raw {}
  }
}
