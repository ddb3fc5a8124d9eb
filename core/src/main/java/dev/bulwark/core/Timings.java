package dev.bulwark.core;

import java.time.Duration;

/**
 * Wall time per phase of a scan.
 *
 * @param discover finding files and grouping them into units
 * @param parse    the front ends: reading, parsing, evaluating and mapping to models
 * @param graph    assembling the resource graph
 * @param rules    running the rules and making findings
 */
public record Timings(Duration discover, Duration parse, Duration graph, Duration rules) {
  /** The sum of the phases. */
  public Duration total() {
    return discover.plus(parse).plus(graph).plus(rules);
  }
}
