package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.MessageBroker;
import dev.bulwark.core.rule.RuleInfo;

/** BW106: a managed message broker whose brokers have addresses on the internet. */
@RuleInfo(
    id = "BW106",
    name = "message-broker-publicly-accessible",
    title = "Message broker is reachable from the internet",
    severity = Severity.HIGH,
    category = Category.PUBLIC_DATABASE,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Remove `publicly_accessible = true` from `aws_mq_broker` (false is the default; the setting "
                + "cannot change after creation), and set `type = \"DISABLED\"` in "
                + "`broker_node_group_info { connectivity_info { public_access { ... } } }` of `aws_msk_cluster`. "
                + "Reach the brokers through the VPC, a peering, a VPN or PrivateLink instead."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `PubliclyAccessible: false` on `AWS::AmazonMQ::Broker`, and "
                + "`BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type: DISABLED` on `AWS::MSK::Cluster`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Remove `publicly_accessible: true` from `community.aws.mq_broker` (false is the default; the "
                + "module applies it only when it creates the broker)."),
    },
    references = {
        "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html",
        "https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#public_access",
    },
    checkov = {"CKV_AWS_69", "CKV_AWS_291"},
    kics = {"4eb5f791-c861-4afd-9f94-f2a6a3fe49cb", "68b6a789-82f8-4cfd-85de-e95332fe6a61",
        "0ce1ba20-8ba8-4364-836f-40c24b8cb0ab"},
    trivy = {"AVD-AWS-0072"})
final class PublicBrokerRule extends FactRule<MessageBroker> {
  PublicBrokerRule() {
    super(MessageBroker.class, true);
  }

  @Override
  Fact fact(MessageBroker broker) {
    return broker.publiclyAccessible();
  }

  @Override
  String problem(MessageBroker broker, String address) {
    return "Message broker " + address + " is reachable from the internet";
  }

  /** An MSK cluster states its public access as a type, not a flag. */
  @Override
  String detail(Fact fact) {
    return fact.attribute().endsWith("PublicAccess.Type") || fact.attribute().endsWith("public_access.type")
        ? "`" + fact.attribute() + "` is `SERVICE_PROVIDED_EIPS`, which gives each broker a public address"
        : FactText.shouldBe(fact, false);
  }
}
