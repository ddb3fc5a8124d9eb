package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.rule.RuleMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleHelpTest {
  private static RuleMetadata rule(String description, Map<String, String> remediation) {
    return new RuleMetadata("BW201", "open-ingress", "Ingress is open to the internet", Severity.CRITICAL,
        Category.OPEN_SECURITY_GROUP, List.of("aws"), remediation, description, List.of(), List.of(), List.of(),
        List.of(), true);
  }

  @Test
  void firstParagraphSkipsHeadingsAndUnwrapsLines() {
    RuleMetadata rule = rule("# Open ingress\r\n\r\nAn open port\r\n  invites scans.\r\n\r\nMore.", Map.of());

    assertThat(RuleHelp.firstParagraph(rule)).isEqualTo("An open port invites scans.");
    assertThat(RuleHelp.text(rule)).isEqualTo("# Open ingress\n\nAn open port\n  invites scans.\n\nMore.");
  }

  @Test
  void fallsBackToTheTitleWithoutADescription() {
    RuleMetadata rule = rule("", Map.of());

    assertThat(RuleHelp.firstParagraph(rule)).isEqualTo("Ingress is open to the internet.");
    assertThat(RuleHelp.text(rule)).isEqualTo("Ingress is open to the internet.");
    assertThat(RuleHelp.markdown(rule)).isEqualTo("Ingress is open to the internet.");
  }

  @Test
  void namesFormatsItDoesNotKnowAsTheyAre() {
    RuleMetadata rule = rule("Open.", Map.of("ansible", "Set `cidr_ip`.", "bicep", "Set `sourceAddressPrefix`."));

    assertThat(RuleHelp.text(rule))
        .isEqualTo("Open.\n\nRemediation:\n- Ansible: Set `cidr_ip`.\n- bicep: Set `sourceAddressPrefix`.");
  }
}
