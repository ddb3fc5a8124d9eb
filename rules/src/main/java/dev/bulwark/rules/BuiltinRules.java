package dev.bulwark.rules;

import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleProvider;
import java.util.List;

/** The built-in rules, ordered by id. A test checks this list against every annotated rule class. */
public final class BuiltinRules implements RuleProvider {
  private static final List<Rule> RULES = List.of(
      new PublicDatabaseInstanceRule(),
      new OpenIngressRule(),
      new OpenNetworkAclRule(),
      new DefaultSecurityGroupTrafficRule(),
      new UnencryptedStorageRule(),
      new BucketAccessLoggingRule());

  @Override
  public List<Rule> rules() {
    return RULES;
  }
}
