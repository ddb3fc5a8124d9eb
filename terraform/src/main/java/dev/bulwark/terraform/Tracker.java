package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Records which nodes of the graph each evaluation reads, into the sink of what is being evaluated: the attribute
 * of a resource, a local value, a module's input. Evaluations nest (reading a local evaluates it), so sinks form a
 * stack. Not thread-safe: one tracker per unit.
 */
final class Tracker {
  /** Receives the nodes an evaluation reads. */
  @FunctionalInterface
  interface Sink {
    /**
     * {@code target} was read at {@code range}; {@code instance} when it is a resource, data source or module
     * instance, whose reading passes on to whatever reads the value read from it.
     */
    void add(ResourceId target, Range range, boolean instance);

    /** A sink that passes everything to this one and to {@code other}. */
    default Sink and(Sink other) {
      return (target, range, instance) -> {
        add(target, range, instance);
        other.add(target, range, instance);
      };
    }
  }

  private final Deque<Sink> sinks = new ArrayDeque<>();

  void record(ResourceId target, Range range, boolean instance) {
    Sink top = sinks.peek();
    if (top != null) {
      top.add(target, range, instance);
    }
  }

  /** Runs {@code work} with what it reads going to {@code sink}. */
  <T> T into(Sink sink, Supplier<T> work) {
    sinks.push(sink);
    try {
      return work.get();
    } finally {
      sinks.pop();
    }
  }
}
