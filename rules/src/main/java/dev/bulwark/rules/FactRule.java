package dev.bulwark.rules;

import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.Violation;

/**
 * A rule that reports each model of a type whose fact is insecure: definitely, or on a reachable branch of an
 * undecided choice (the message then names the condition). Unknown facts are never reported.
 *
 * @param <T> the model type or capability the rule reads
 */
abstract class FactRule<T> implements Rule {
  private final Class<T> type;
  private final boolean insecure;

  /** Reports models of {@code type} whose fact is {@code insecure}. */
  FactRule(Class<T> type, boolean insecure) {
    this.type = type;
    this.insecure = insecure;
  }

  /** The fact the rule checks. */
  abstract Fact fact(T model);

  /** What is wrong with the model, e.g. "Trail `aws_cloudtrail.main` does not record every region". */
  abstract String problem(T model, String address);

  /** Why, for a fact with the insecure truth; by default "`attribute` should be X; it is Y". */
  String detail(Fact fact) {
    return FactText.shouldBe(fact, !insecure);
  }

  /** Why, for {@code model}'s fact with the insecure truth; by default {@link #detail(Fact)}. */
  String detail(T model, Fact fact) {
    return detail(fact);
  }

  @Override
  public final void check(RuleContext context) {
    for (T model : context.models(type)) {
      CloudModel cloud = (CloudModel) model;
      fact(model).when(insecure).ifPresent(fact -> context.report(new Violation(cloud.resource(), fact.attribute(),
          fact.range(), problem(model, "`" + cloud.resource().address() + "`") + FactText.when(fact.condition())
              + ": " + detail(model, fact) + ".",
          fact.origin())));
    }
  }
}
