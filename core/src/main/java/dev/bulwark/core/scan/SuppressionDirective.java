package dev.bulwark.core.scan;

import dev.bulwark.core.Range;
import dev.bulwark.core.Suppression;
import java.util.Set;

/**
 * One suppression comment, parsed.
 *
 * @param range         where it is written
 * @param text          the directive without its reason, e.g. {@code bulwark:ignore BW201}
 * @param scope         what it covers
 * @param rules         the ids of the rules it suppresses
 * @param justification the reason written after the rule names
 * @param target        the line it applies to: its own line when it follows code, else the next line that is not a
 *                      comment ({@code 0} when a blank line or the end of the file comes first)
 * @param ours          whether it is a Bulwark directive (unused ones are reported) rather than a peer's
 */
record SuppressionDirective(
    Range range, String text, Scope scope, Set<String> rules, String justification, int target, boolean ours) {

  /** What a directive covers. */
  enum Scope {
    /** Findings on the target line, and every finding of a resource that starts on it. */
    LINE,
    /** Every finding of a resource the directive is written in, or that starts on its target line. */
    RESOURCE,
    /** Every finding in the file. */
    FILE
  }

  SuppressionDirective {
    rules = Set.copyOf(rules);
  }

  Suppression.InSource suppression() {
    return new Suppression.InSource(range, text, justification);
  }
}
