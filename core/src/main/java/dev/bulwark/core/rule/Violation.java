package dev.bulwark.core.rule;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import java.util.List;
import java.util.Objects;

/**
 * What a rule reports; the engine adds the rule's metadata and a fingerprint to make a finding.
 *
 * @param resource  the resource the finding is about
 * @param attribute the attribute path the finding is about (part of the fingerprint), e.g.
 *                  {@code ingress[0].cidr_blocks}
 * @param range     the primary location: the attribute to change, or the resource header when it is missing
 * @param message   what is wrong and what to set
 * @param related   further locations that explain the finding, each with its own message
 */
public record Violation(
    Resource resource, String attribute, Range range, String message, List<RelatedLocation> related) {

  public Violation {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(message, "message");
    related = List.copyOf(related);
  }
}
