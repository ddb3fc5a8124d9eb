package dev.bulwark.core.frontend;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import java.util.Objects;

/**
 * A suppression a front end read from a resource's own declaration rather than from a comment, such as a
 * CloudFormation resource's {@code Metadata} (the only way in a JSON template). It covers every finding of that
 * resource of the rules it names.
 *
 * @param resource the resource it covers
 * @param scheme   whose vocabulary {@code rule} is in
 * @param rule     the rule as written: a Bulwark id or name, or a peer's check id
 * @param reason   the reason given ({@code ""} when none)
 * @param range    where the entry is written
 */
public record DeclaredSuppression(ResourceId resource, Scheme scheme, String rule, String reason, Range range) {

  /** Whose rule ids a declared suppression uses. */
  public enum Scheme {
    /** Bulwark's own ids and names. */
    BULWARK,
    /** Checkov's check ids, mapped to the rules that list them. */
    CHECKOV,
    /** cfn-nag's rule ids, mapped to the rules that list them. */
    CFN_NAG
  }

  public DeclaredSuppression {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(range, "range");
  }
}
