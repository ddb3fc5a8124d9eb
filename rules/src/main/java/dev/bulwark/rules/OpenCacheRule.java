package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** BW104: an ElastiCache cluster whose security group admits the internet on the cache's port. */
@RuleInfo(
    id = "BW104",
    name = "cache-reachable-from-internet",
    title = "Cache is reachable from the internet",
    severity = Severity.HIGH,
    category = Category.PUBLIC_DATABASE,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Restrict the ingress rule of the cache's security group (`security_group_ids`) to the "
                + "application's security group or address ranges."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Restrict the ingress rule of the cache's security group (`SecurityGroupIds`, "
                + "`VpcSecurityGroupIds`) to the application's security group or address ranges."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Restrict the rules of the `amazon.aws.ec2_security_group` whose registered `group_id` the "
                + "`community.aws.elasticache` task uses in `security_group_ids` to the application's security "
                + "group or address ranges."),
    },
    references = {
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VPCs.html",
    },
    checkov = {"CKV_AWS_277"},
    kics = {"381c3f2a-ef6f-4eff-99f7-b169cda3422c", "494b03d3-bf40-4464-8524-7c56ad0700ed"},
    trivy = {"AVD-AWS-0107"})
final class OpenCacheRule implements Rule {
  @Override
  public void check(RuleContext context) {
    List<CacheCluster> caches = context.models(CacheCluster.class);
    if (caches.isEmpty()) {
      return;
    }
    Map<ResourceId, SecurityGroup> groups = context.models(SecurityGroup.class).stream()
        .collect(Collectors.toMap(group -> group.resource().id(), group -> group, (a, b) -> a));
    for (CacheCluster cache : caches) {
      for (Resource resource : cache.securityGroups()) {
        SecurityGroup group = groups.get(resource.id());
        if (group == null) {
          continue;
        }
        for (Located<Integer> port : cache.port().witnesses()) {
          group.rules().stream().filter(rule -> rule.direction() == Direction.INGRESS)
              .forEach(rule -> check(context, cache, group, rule, port));
        }
      }
    }
  }

  private static void check(RuleContext context, CacheCluster cache, SecurityGroup group, FirewallRule rule,
      Located<Integer> port) {
    int number = port.value().orElseThrow();
    for (Located<Protocol> protocol : rule.protocol().witnesses()) {
      Protocol value = protocol.value().orElseThrow();
      if (value != Protocol.TCP && value != Protocol.ALL) {
        continue;
      }
      for (Located<PortRange> ports : rule.ports().witnesses()) {
        if (value != Protocol.ALL && !ports.value().orElseThrow().contains(number)) {
          continue;
        }
        for (Located<String> source : rule.internetSources()) {
          String condition = Stream.of(port.condition(), protocol.condition(), ports.condition(), source.condition())
              .filter(text -> !text.isEmpty()).distinct().collect(Collectors.joining(" and "));
          List<RelatedLocation> related = new ArrayList<>(source.origin());
          related.add(new RelatedLocation(cache.resource().range(), "the cache placed in this security group"));
          context.report(new Violation(rule.declaredBy(), source.attribute(), source.range(),
              "Cache `" + cache.resource().address() + "` is reachable from " + source.value().orElseThrow()
                  + " on port " + number + " through security group `" + group.resource().address() + "`"
                  + FactText.when(condition) + ": restrict the rule to the clients that need the cache.",
              related));
        }
      }
    }
  }
}
