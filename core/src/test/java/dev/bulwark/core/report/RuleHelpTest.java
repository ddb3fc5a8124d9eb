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
        List.of(), List.of(), true);
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

  @Test
  void listsTheEquivalentChecksOfEveryPeer() {
    RuleMetadata rule = new RuleMetadata("BW401", "bucket-access-logging-disabled", "Bucket has no access logging",
        Severity.MEDIUM, Category.LOGGING_DISABLED, List.of("aws"), Map.of(), "No logs.", List.of(),
        List.of("CKV_AWS_18"), List.of("f861041c"), List.of("AVD-AWS-0089"), List.of("W35"), true);

    assertThat(RuleHelp.text(rule)).isEqualTo("No logs.\n\nEquivalent checks:\n- Checkov: CKV_AWS_18\n"
        + "- KICS: f861041c\n- Trivy: AVD-AWS-0089\n- cfn-nag: W35");
  }
}
