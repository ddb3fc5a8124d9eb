package dev.bulwark.ansible;

import dev.bulwark.core.document.DocNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The variables of one source (a play's {@code vars:}, a role's defaults, a {@code set_fact}), at its precedence.
 * Among layers of equal precedence the later one wins. An opaque layer stands for a source that could not be read:
 * it may define any name, so every name it could override is unknown.
 */
record Layer(Precedence precedence, long order, Map<String, Binding> bindings, boolean opaque) {
  private static final AtomicLong ORDER = new AtomicLong();

  Layer {
    bindings = Map.copyOf(bindings);
  }

  static Layer of(Precedence precedence, Map<String, Binding> bindings) {
    return new Layer(precedence, ORDER.incrementAndGet(), bindings, false);
  }

  static Layer opaque(Precedence precedence) {
    return new Layer(precedence, ORDER.incrementAndGet(), Map.of(), true);
  }

  /** The entries of a YAML mapping as variables; {@code certain} as for {@link Binding#certain()}. */
  static Layer of(Precedence precedence, DocNode.Mapping mapping, boolean certain) {
    Map<String, Binding> bindings = new LinkedHashMap<>();
    for (DocNode.Entry entry : mapping.entries()) {
      if (entry.key() instanceof DocNode.Scalar key) {
        bindings.put(key.text(), Binding.written(entry, certain));
      }
    }
    return of(precedence, bindings);
  }

  /** Whether this layer decides {@code name}: it defines it, or it is opaque. */
  boolean decides(String name) {
    return opaque || bindings.containsKey(name);
  }

  /** Whether this layer beats {@code other} for a name both decide. */
  boolean beats(Layer other) {
    int byPrecedence = precedence.compareTo(other.precedence);
    return byPrecedence != 0 ? byPrecedence > 0 : order > other.order;
  }
}
