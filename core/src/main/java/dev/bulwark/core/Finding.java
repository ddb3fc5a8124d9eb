package dev.bulwark.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A violation of a rule, located.
 *
 * @param ruleId          the rule's id, e.g. {@code BW101}
 * @param severity        the rule's severity
 * @param category        the rule's category
 * @param message         what is wrong and what to set
 * @param range           the primary location: the attribute to change, or the resource header
 * @param resourceType    the native type of the resource
 * @param resourceAddress the resource's address within its unit
 * @param attribute       the attribute path the finding is about
 * @param related         further locations, each with a message
 * @param fingerprint     a digest of rule, file, unit, resource and attribute (not the line), stable under edits
 *                        elsewhere in the file
 * @param excerpt         the source lines of {@code range}
 */
public record Finding(
    String ruleId,
    Severity severity,
    Category category,
    String message,
    Range range,
    String resourceType,
    String resourceAddress,
    String attribute,
    List<RelatedLocation> related,
    String fingerprint,
    Excerpt excerpt) implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::range)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::resourceAddress)
      .thenComparing(Finding::attribute)
      .thenComparing(Finding::message)
      .thenComparing(Finding::fingerprint);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceAddress, "resourceAddress");
    Objects.requireNonNull(attribute, "attribute");
    related = List.copyOf(related);
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(excerpt, "excerpt");
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
