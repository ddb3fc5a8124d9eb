package dev.bulwark.core.scan;

import dev.bulwark.core.Category;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;

/** A toy rule: flags resources with {@code flag=yes}; a resource {@code crash} makes it throw. */
@RuleInfo(id = "BW999", name = "toy-flag", title = "Toy flag", severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED, providers = {"toy"}, checkov = "CKV_TOY_1", trivy = "AVD-TOY-0001",
    kics = "00000000-0000-4000-8000-00000000b999",
    remediation = {@RuleInfo.Remediation(format = "lines", text = "Remove `flag=yes`.")})
final class FlaggedRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Resource resource : context.graph().resources()) {
      if (resource.type().equals("crash")) {
        throw new IllegalStateException("rule crashed");
      }
      resource.attribute("flag").filter(flag -> flag.value().asString().orElse("").equals("yes"))
          .ifPresent(flag -> context.report(new Violation(resource, "flag", flag.range(),
              "`" + resource.address() + "` is flagged",
              context.graph().referencesTo(resource).stream()
                  .map(reference -> new RelatedLocation(reference.range(), "referred to here"))
                  .toList())));
    }
  }
}
