package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

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
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `PubliclyAccessible: false` (without it, RDS makes the instance public when its subnets' VPC "
                + "has an internet gateway)."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `publicly_accessible: false` on the `amazon.aws.rds_instance` task (without it, RDS makes the "
                + "instance public when its subnets' VPC has an internet gateway), and check any variable it comes from."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible",
    },
    checkov = {"CKV_AWS_17"},
    kics = {"35113e6f-2c6b-414d-beec-7a9482d3b2d1"},
    trivy = {"AVD-AWS-0180"})
final class PublicDatabaseInstanceRule extends FactRule<DatabaseInstance> {
  PublicDatabaseInstanceRule() {
    super(DatabaseInstance.class, true);
  }

  @Override
  Fact fact(DatabaseInstance database) {
    return database.publiclyAccessible();
  }

  @Override
  String problem(DatabaseInstance database, String address) {
    return "Database " + address + " is reachable from the internet";
  }
}
