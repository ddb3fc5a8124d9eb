package dev.bulwark.core.scan;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;

/** A toy opt-in rule that reports nothing: it runs only when named. */
@RuleInfo(id = "BW998", name = "toy-opt-in", title = "Toy opt-in", severity = Severity.LOW,
    category = Category.UNENCRYPTED_STORAGE, providers = {"toy"}, enabledByDefault = false,
    remediation = {@RuleInfo.Remediation(format = "lines", text = "Nothing.")})
final class OptInRule implements Rule {
  @Override
  public void check(RuleContext context) {
    // Reports nothing: the tests only look at which rules a scan selects.
  }
}
