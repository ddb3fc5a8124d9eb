package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.LoadBalancer;
import dev.bulwark.core.rule.RuleInfo;
import java.util.Set;

/** BW406: a load balancer (or the backend service of a Google Cloud HTTP(S) one) that delivers no access logs. */
@RuleInfo(
    id = "BW406",
    name = "load-balancer-access-logs-disabled",
    title = "Load balancer has no access logs",
    severity = Severity.MEDIUM,
    category = Category.LOGGING_DISABLED,
    providers = {"aws", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Add `access_logs { bucket = ..., enabled = true }` to the `aws_lb`/`aws_alb` (there `enabled` "
                + "defaults to false) or `aws_elb` (there it defaults to true); add `log_config { enable = true }` to "
                + "the `google_compute_backend_service` of an HTTP(S) load balancer."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Add `AccessLoggingPolicy` with `Enabled: true` to an `AWS::ElasticLoadBalancing::LoadBalancer`; "
                + "add the `LoadBalancerAttributes` item `access_logs.s3.enabled` = `true` (with "
                + "`access_logs.s3.bucket`) to an `AWS::ElasticLoadBalancingV2::LoadBalancer`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `access_logs_enabled: true` with `access_logs_s3_bucket` on `amazon.aws.elb_application_lb`, "
                + "or `access_logs: {enabled: true, s3_location: ...}` on `amazon.aws.elb_classic_lb`; set "
                + "`log_config: {enable: true}` on `google.cloud.gcp_compute_backend_service`."),
    },
    references = {
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-access-logs.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs",
        "https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring",
    },
    checkov = {"CKV_AWS_91", "CKV_AWS_92"},
    cfnNag = {"W26", "W52"},
    kics = {"20018359-6fd7-4d05-ab26-d4dffccbdf79", "ee12ad32-2863-4c0f-b13f-28272d115028",
        "c62e8b7d-1fdf-4050-ac4c-76ba9e1d9621"})
final class LoadBalancerAccessLogsRule extends FactRule<LoadBalancer> {
  private static final Set<String> CONFIGURATION = Set.of("access_logs", "AccessLoggingPolicy",
      "LoadBalancerAttributes", "log_config");

  LoadBalancerAccessLogsRule() {
    super(LoadBalancer.class, false);
  }

  @Override
  Fact fact(LoadBalancer balancer) {
    return balancer.accessLogs();
  }

  @Override
  String problem(LoadBalancer balancer, String address) {
    return "Load balancer " + address + " delivers no access logs";
  }

  @Override
  String detail(Fact fact) {
    return CONFIGURATION.contains(fact.attribute()) ? FactText.notConfigured(fact) : FactText.shouldBe(fact, true);
  }
}
