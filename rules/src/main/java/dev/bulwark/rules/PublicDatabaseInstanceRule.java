package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;

/** BW101: a managed database instance that gets an address reachable from the internet. */
@RuleInfo(
    id = "BW101",
    name = "db-instance-publicly-accessible",
    title = "Database instance is publicly accessible",
    severity = Severity.HIGH,
    category = Category.PUBLIC_DATABASE,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform", text = "Set `publicly_accessible = false` (or remove it: false is the default)."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `publicly_accessible: false` on the `amazon.aws.rds_instance` task (or leave it out: false is "
                + "the default), and check the variable it is templated from."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible",
    },
    checkov = {"CKV_AWS_17"},
    kics = {"35113e6f-2c6b-414d-beec-7a9482d3b2d1"},
    trivy = {"AVD-AWS-0180"})
final class PublicDatabaseInstanceRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (DatabaseInstance database : context.models(DatabaseInstance.class)) {
      Fact fact = database.publiclyAccessible();
      if (fact.isTrue()) {
        context.report(new Violation(database.resource(), fact.attribute(), fact.range(),
            "Database instance `" + database.resource().address() + "` is reachable from the internet: "
                + FactText.shouldBe(fact, false) + ".",
            fact.origin()));
      }
    }
  }
}
