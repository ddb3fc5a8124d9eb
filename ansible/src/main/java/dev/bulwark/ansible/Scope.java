package dev.bulwark.ansible;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables visible at a point of a play, immutable. Lexical layers (play, role, block and task vars) hold
 * for the tasks inside them; facts ({@code set_fact}, {@code register}, {@code include_vars}) hold from the task
 * that sets them on, also after the block or include that set them ends. Facts are indexed by name, since a play
 * registers many of them and looks variables up often.
 */
final class Scope {
  private final List<Layer> lexical;
  private final Map<String, Layer> facts;
  private final List<Layer> opaqueFacts;

  private Scope(List<Layer> lexical, Map<String, Layer> facts, List<Layer> opaqueFacts) {
    this.lexical = lexical;
    this.facts = facts;
    this.opaqueFacts = opaqueFacts;
  }

  static Scope empty() {
    return new Scope(List.of(), Map.of(), List.of());
  }

  /** This scope with a lexical layer added. */
  Scope with(Layer layer) {
    return new Scope(append(lexical, layer), facts, opaqueFacts);
  }

  /** This scope with a fact layer added. */
  Scope withFact(Layer layer) {
    if (layer.opaque()) {
      return new Scope(lexical, facts, append(opaqueFacts, layer));
    }
    Map<String, Layer> more = new HashMap<>(facts);
    layer.bindings().keySet().forEach(name -> more.merge(name, layer, (old, added) -> added.beats(old) ? added : old));
    return new Scope(lexical, Map.copyOf(more), opaqueFacts);
  }

  /** This scope's lexical layers with the facts of {@code later}, a scope that continued from this one. */
  Scope withFactsOf(Scope later) {
    return new Scope(lexical, later.facts, later.opaqueFacts);
  }

  private static List<Layer> append(List<Layer> layers, Layer layer) {
    List<Layer> copy = new ArrayList<>(layers.size() + 1);
    copy.addAll(layers);
    copy.add(layer);
    return List.copyOf(copy);
  }

  /** The layer that decides {@code name}: the highest-precedence one that defines it or is opaque. */
  Optional<Layer> decide(String name) {
    Layer best = facts.get(name);
    for (List<Layer> layers : List.of(lexical, opaqueFacts)) {
      for (Layer layer : layers) {
        if (layer.decides(name) && (best == null || layer.beats(best))) {
          best = layer;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
