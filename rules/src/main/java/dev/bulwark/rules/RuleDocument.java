package dev.bulwark.rules;

import dev.bulwark.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rule's documentation in Markdown, made from its metadata and its examples only: {@code bulwark explain} prints
 * it and the build's documentation check keeps {@code docs/rules/} equal to it.
 */
public final class RuleDocument {
  private static final Map<String, String> FORMAT_NAMES =
      Map.of("terraform", "Terraform", "cloudformation", "CloudFormation", "ansible", "Ansible");
  private static final Map<String, String> FENCES =
      Map.of("terraform", "hcl", "cloudformation", "yaml", "ansible", "yaml");

  private RuleDocument() {}

  /** The Markdown page of {@code rule} with {@code examples}. */
  public static String markdown(RuleMetadata rule, List<RuleExamples.Example> examples) {
    StringBuilder page = new StringBuilder();
    page.append("# ").append(rule.id()).append(": ").append(rule.title()).append("\n\n");
    page.append("| | |\n| --- | --- |\n");
    row(page, "Name", "`" + rule.name() + "`");
    row(page, "Severity", rule.severity().label());
    row(page, "Category", "`" + rule.category().tag() + "`");
    row(page, "Providers", String.join(", ", rule.providers()));
    row(page, "Formats", rule.formats().stream().map(FORMAT_NAMES::get).collect(Collectors.joining(", ")));
    row(page, "Enabled by default", rule.enabledByDefault() ? "yes" : "no (enable it by id)");
    row(page, "Checkov", codes(rule.checkov()));
    row(page, "KICS", codes(rule.kics()));
    row(page, "Trivy", codes(rule.trivy()));
    row(page, "cfn-nag", codes(rule.cfnNag()));
    page.append('\n').append(rule.description()).append("\n\n## How to fix\n\n");
    rule.formats().forEach(format -> page.append("- **").append(FORMAT_NAMES.get(format)).append("**: ")
        .append(rule.remediation().get(format)).append('\n'));
    suppressing(page, rule);
    if (!examples.isEmpty()) {
      page.append("\n## Examples\n");
      for (RuleExamples.Example example : examples) {
        page.append("\n### ").append(example.name()).append(" (").append(FORMAT_NAMES.get(example.format()))
            .append(example.isClean() ? ", nothing flagged" : ", flagged on " + lines(example.flagged()))
            .append(")\n\n```").append(fence(example)).append('\n').append(example.displayText()).append("```\n");
      }
    }
    if (!rule.references().isEmpty()) {
      page.append("\n## References\n\n");
      rule.references().forEach(reference -> page.append("- ").append(reference).append('\n'));
    }
    return page.toString();
  }

  /** How to suppress the rule where its risk is accepted, including with the peers' comments it honours. */
  private static void suppressing(StringBuilder page, RuleMetadata rule) {
    page.append("\n## Suppressing\n\nWhere the risk is accepted, say so beside the code: `# bulwark:ignore ")
        .append(rule.id()).append(" <reason>` at the end of the flagged line, or on the line above it or above the "
            + "resource");
    if (rule.formats().contains("cloudformation")) {
      page.append(" (in a JSON template, `Metadata: {bulwark: {ignore: [").append(rule.id())
          .append("]}}` on the resource)");
    }
    page.append('.');
    List<String> peers = new ArrayList<>();
    if (!rule.checkov().isEmpty()) {
      peers.add("`checkov:skip=`");
    }
    if (!rule.kics().isEmpty()) {
      peers.add("`kics-scan disable=`");
    }
    if (!rule.trivy().isEmpty()) {
      peers.addAll(List.of("`trivy:ignore:`", "`tfsec:ignore:`"));
    }
    if (!rule.cfnNag().isEmpty()) {
      peers.add("cfn-nag `Metadata: {cfn_nag: {rules_to_suppress: [...]}}`");
    }
    if (!peers.isEmpty()) {
      page.append(" Existing ").append(String.join(", ", peers.subList(0, peers.size() - 1)))
          .append(peers.size() > 1 ? " and " : "").append(peers.get(peers.size() - 1))
          .append(" directives naming the peer checks above suppress it too.");
    }
    page.append('\n');
  }

  private static void row(StringBuilder page, String name, String value) {
    page.append("| ").append(name).append(" | ").append(value.isEmpty() ? "-" : value).append(" |\n");
  }

  private static String codes(List<String> ids) {
    return ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
  }

  private static String lines(List<Integer> flagged) {
    return (flagged.size() == 1 ? "line " : "lines ")
        + flagged.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String fence(RuleExamples.Example example) {
    return example.name().endsWith(".json") ? "json" : FENCES.get(example.format());
  }
}
