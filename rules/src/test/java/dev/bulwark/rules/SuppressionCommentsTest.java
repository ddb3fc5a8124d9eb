package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppression comments in each format: on the line above a Terraform attribute, above a Terraform block, a Checkov
 * skip inside a block, tfsec and Trivy ignores by long id above a block, a KICS disable for a whole file, above a
 * CloudFormation logical ID, trailing a CloudFormation property (the rule named by its name), above an Ansible task,
 * a Trivy ignore trailing an Ansible argument, and in a JSON template's resource {@code Metadata} (Bulwark's and
 * Checkov's).
 */
class SuppressionCommentsTest {
  @TempDir
  Path copy;

  private static Path fixtures() throws URISyntaxException {
    return fixtures("suppressions");
  }

  private static Path fixtures(String folder) throws URISyntaxException {
    return Path.of(SuppressionCommentsTest.class.getResource(folder).toURI());
  }

  private static ScanResult scan(Path folder) {
    return Scanner.builder().path(folder).build().scan();
  }

  @Test
  void eachDirectiveSuppressesItsFindingAndSaysWhy() throws URISyntaxException {
    ScanResult result = scan(fixtures());

    assertThat(result.findings()).isEmpty();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.suppressed()).extracting(entry -> entry.finding().range().file(),
        entry -> entry.finding().range().startLine(), entry -> entry.finding().ruleId(),
        entry -> ((Suppression.InSource) entry.suppression()).directive(),
        entry -> ((Suppression.InSource) entry.suppression()).range().startLine(),
        entry -> entry.suppression().justification())
        .containsExactly(
            tuple("kics.tf", 3, "BW401", "kics-scan disable=f861041c-8c9f-4156-acfc-5e6e524f5884", 1, ""),
            tuple("main.tf", 4, "BW101", "bulwark:ignore BW101", 3,
                "read replica for the BI vendor, reviewed SEC-42"),
            tuple("main.tf", 10, "BW301", "bulwark:ignore BW301", 9, "scratch space, holds no data at rest"),
            tuple("main.tf", 21, "BW201", "checkov:skip=CKV_AWS_24", 16, "bastion SSH, the NACL restricts it"),
            tuple("main.tf", 26, "BW303", "trivy:ignore:aws-s3-enable-bucket-encryption", 25, ""),
            tuple("main.tf", 26, "BW401", "tfsec:ignore:aws-s3-enable-bucket-logging", 25, ""),
            tuple("playbook.yml", 11, "BW201", "bulwark:ignore BW201", 3, "bastion host, reviewed SEC-42"),
            tuple("playbook.yml", 16, "BW301", "trivy:ignore:AVD-AWS-0026", 16, "scratch space"),
            tuple("template.json", 14, "BW101", "bulwark:ignore BW101", 8, "reporting replica, reviewed SEC-42"),
            tuple("template.json", 29, "BW301", "checkov:skip=CKV_AWS_3", 23, "scratch space"),
            tuple("template.json", 42, "BW303", "cfn_nag rules_to_suppress W41", 38, "SSE-S3 by default"),
            tuple("template.json", 42, "BW401", "cfn_nag rules_to_suppress W35", 37,
                "reads are logged as CloudTrail data events"),
            tuple("template.yaml", 9, "BW101", "bulwark:ignore BW101", 3, "reporting replica, reviewed SEC-42"),
            tuple("template.yaml", 17, "BW301", "bulwark:ignore storage-not-encrypted", 17, "scratch space"));
  }

  @Test
  void aDirectiveAboveOrInAModuleCallCoversWhatTheCallMakes() throws URISyntaxException {
    ScanResult result = scan(fixtures("suppressions-modules"));

    assertThat(result.findings()).extracting(Finding::resourceAddress)
        .containsExactly("module.billing.aws_db_instance.this");
    assertThat(result.suppressed()).extracting(entry -> entry.finding().resourceAddress(),
        entry -> ((Suppression.InSource) entry.suppression()).directive())
        .containsExactly(tuple("module.reporting.aws_db_instance.this", "bulwark:ignore BW101"),
            tuple("module.orders.aws_db_instance.this", "checkov:skip=CKV_AWS_17"));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void anUnusedOrUnknownMetadataSuppressionIsAWarningAtItsEntry() throws IOException {
    Files.writeString(copy.resolve("template.json"), """
        {
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Metadata": {"bulwark": {"ignore": ["BW101", "BW999"]}},
              "Properties": {"Engine": "postgres", "PubliclyAccessible": false, "StorageEncrypted": true,
                "EnableCloudwatchLogsExports": ["postgresql"]}
            }
          }
        }
        """);

    ScanResult result = scan(copy);

    assertThat(result.findings()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message,
            diagnostic -> diagnostic.range().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple("unknown-rule", "the suppression names BW999, which is not a Bulwark rule",
                Range.ofLine("template.json", 5, 52, 59)),
            tuple("unused-suppression", "`bulwark:ignore BW101` suppresses no finding of BW101; remove it or move it",
                Range.ofLine("template.json", 5, 43, 50)));
  }

  @Test
  void withoutTheCommentsTheSameFindingsCount() throws IOException, URISyntaxException {
    for (String name : List.of("kics.tf", "main.tf", "template.yaml", "playbook.yml")) {
      String text = Files.readString(fixtures().resolve(name));
      Files.writeString(copy.resolve(name),
          text.replaceAll("\\s*#\\s*(bulwark:|checkov:|trivy:|tfsec:|kics-scan ).*", ""));
    }
    ObjectNode template = (ObjectNode) new ObjectMapper().readTree(fixtures().resolve("template.json").toFile());
    template.get("Resources").forEach(resource -> ((ObjectNode) resource).remove("Metadata"));
    Files.writeString(copy.resolve("template.json"), template.toPrettyString());

    List<String> suppressed = scan(fixtures()).suppressed().stream()
        .map(SuppressedFinding::finding).map(Finding::fingerprint).toList();
    assertThat(scan(copy).findings()).extracting(Finding::fingerprint)
        .containsExactlyInAnyOrderElementsOf(suppressed);
  }
}
