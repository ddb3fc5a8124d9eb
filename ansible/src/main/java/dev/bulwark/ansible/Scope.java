package dev.bulwark.ansible;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The variables visible at a point of a play, immutable. Lexical layers (play, role, block and task vars) hold
 * for the tasks inside them; facts ({@code set_fact}, {@code register}, {@code include_vars}) hold from the task
 * that sets them on, also after the block or include that set them ends.
 */
final class Scope {
  private final List<Layer> lexical;
  private final List<Layer> facts;

  private Scope(List<Layer> lexical, List<Layer> facts) {
    this.lexical = lexical;
    this.facts = facts;
  }

  static Scope empty() {
    return new Scope(List.of(), List.of());
  }

  /** This scope with a lexical layer added. */
  Scope with(Layer layer) {
    return new Scope(append(lexical, layer), facts);
  }

  /** This scope with a fact layer added. */
  Scope withFact(Layer layer) {
    return new Scope(lexical, append(facts, layer));
  }

  /** This scope's lexical layers with the facts of {@code later}, a scope that continued from this one. */
  Scope withFactsOf(Scope later) {
    return new Scope(lexical, later.facts);
  }

  private static List<Layer> append(List<Layer> layers, Layer layer) {
    List<Layer> copy = new ArrayList<>(layers.size() + 1);
    copy.addAll(layers);
    copy.add(layer);
    return List.copyOf(copy);
  }

  /** The layer that decides {@code name}: the highest-precedence one that defines it or is opaque. */
  Optional<Layer> decide(String name) {
    Layer best = null;
    for (List<Layer> layers : List.of(lexical, facts)) {
      for (Layer layer : layers) {
        if (layer.decides(name) && (best == null || layer.beats(best))) {
          best = layer;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
