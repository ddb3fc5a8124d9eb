package dev.bulwark.core.graph;

import dev.bulwark.core.Range;
import java.util.Objects;

/**
 * A directed edge of the graph: the resource {@code from} refers to the resource {@code to} at {@code range}, in
 * the attribute at {@code attribute} (a dotted path, e.g. {@code bucket} or {@code ingress.security_groups}).
 */
public record Reference(ResourceId from, ResourceId to, String attribute, Range range) {
  public Reference {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(range, "range");
  }
}
