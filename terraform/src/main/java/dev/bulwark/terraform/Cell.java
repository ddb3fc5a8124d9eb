package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A value computed once, when first read: a local, a variable, an output, a module's input, a resource's
 * attribute. It remembers the resource instances its value was read from, so that whoever reads the value reads
 * them too (a logging resource whose {@code bucket} is {@code local.bucket_id} refers to the bucket). Reading a
 * cell while it is being computed is a cycle: the value is then unknown.
 */
final class Cell<T> {
  /** A cell remembers at most this many instances, so that long chains of values stay cheap. */
  static final int MAX_SOURCES = 64;

  private enum State {
    NEW,
    BUSY,
    DONE
  }

  private State state = State.NEW;
  private T value;
  private final Set<ResourceId> sources = new LinkedHashSet<>();

  /**
   * The value, computed with {@code compute} on first read with what it reads going to {@code sink} (and
   * remembered); on a cycle, {@code cycle}'s value, not remembered.
   */
  T get(Tracker tracker, Tracker.Sink sink, Supplier<T> compute, Supplier<T> cycle) {
    if (state == State.DONE) {
      return value;
    }
    if (state == State.BUSY) {
      return cycle.get();
    }
    state = State.BUSY;
    Tracker.Sink remember = (target, range, instance) -> {
      if (instance && sources.size() < MAX_SOURCES) {
        sources.add(target);
      }
    };
    try {
      value = tracker.into(sink.and(remember), compute);
    } finally {
      state = value == null ? State.NEW : State.DONE;
    }
    return value;
  }

  /** Records, as read at {@code range}, the instances the value was read from. */
  void pass(Tracker tracker, Range range) {
    sources.forEach(source -> tracker.record(source, range, true));
  }
}
