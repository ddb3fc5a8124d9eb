package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.SearchDomain;
import dev.bulwark.core.rule.RuleInfo;
import java.util.List;

/** BW103: a search domain outside any VPC whose access policy admits anyone. */
@RuleInfo(
    id = "BW103",
    name = "search-domain-publicly-accessible",
    title = "Search domain is open to the internet",
    severity = Severity.CRITICAL,
    category = Category.PUBLIC_DATABASE,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Place the domain in a VPC (`vpc_options`), or limit its `access_policies` to named principals or "
                + "a source-address condition."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Place the domain in a VPC (`VPCOptions`), or limit its `AccessPolicies` to named principals or a "
                + "source-address condition."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Give the `community.aws.opensearch` task `vpc_options`, or limit its `access_policies` to named "
                + "principals or a source-address condition."),
    },
    references = {
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
    },
    checkov = {"CKV_AWS_137"},
    cfnNag = {"W90"},
    kics = {"16c4216a-50d3-4785-bfb2-4adb5144a8ba", "5c666ed9-b586-49ab-9873-c495a833b705"})
final class PublicSearchDomainRule extends FactRule<SearchDomain> {
  PublicSearchDomainRule() {
    super(SearchDomain.class, true);
  }

  /** Open when not in a VPC and the policy admits anyone; located at the policy. */
  @Override
  Fact fact(SearchDomain domain) {
    Fact inVpc = domain.inVpc();
    if (inVpc.isTrue()) {
      return Fact.known(false, inVpc.attribute(), inVpc.range(), List.of());
    }
    Fact open = domain.openAccessPolicy();
    return inVpc.isFalse() || open.isFalse() ? open : Fact.unknown(open.attribute(), open.range(), List.of());
  }

  @Override
  String problem(SearchDomain domain, String address) {
    return "Search domain " + address + " is outside a VPC and its access policy admits anyone";
  }

  @Override
  String detail(Fact fact) {
    return "grant access to named principals or add a source-address condition";
  }
}
