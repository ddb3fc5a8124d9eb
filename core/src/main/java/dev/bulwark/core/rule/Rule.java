package dev.bulwark.core.rule;

/**
 * A check over the shared models and the resource graph. Rules are stateless and thread-safe: all per-scan state
 * lives in the {@link RuleContext}. Identity and documentation come from {@link RuleInfo} on the class.
 */
public interface Rule {
  /** The rule's metadata, read from its {@link RuleInfo} annotation. */
  default RuleMetadata metadata() {
    return RuleMetadata.of(getClass());
  }

  /** Reports a {@link Violation} for each insecure thing in {@code context}; unknown facts are not insecure. */
  void check(RuleContext context);
}
