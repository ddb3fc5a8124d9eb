package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.ScanResult;
import dev.bulwark.testkit.FixtureVerifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A finding on a value that a Jinja variable gives points at the task argument and relates the variable. */
class AnsibleFindingsTest {
  private static Path fixture(String path) throws URISyntaxException {
    return Path.of(AnsibleFindingsTest.class.getResource("examples/" + path).toURI());
  }

  @Test
  void aPlayVariableThatMakesATaskInsecureIsARelatedLocation() throws URISyntaxException {
    ScanResult result = FixtureVerifier.of(new PublicDatabaseInstanceRule())
        .verify(fixture("BW101/public_rds_playbook.yml"));
    Finding finding = result.findings().stream().filter(f -> f.range().startLine() == 16).findFirst().orElseThrow();
    assertThat(finding.resourceType()).isEqualTo("amazon.aws.rds_instance");
    assertThat(finding.resourceAddress()).isEqualTo("play[0].tasks[1]");
    assertThat(finding.related()).extracting(related -> related.range().startLine(), RelatedLocation::message)
        .containsExactly(tuple(4, "`expose_reports` is set here (play vars)"));
  }

  @Test
  void aListFromAVariableRelatesTheVariableForEachOpenSource() throws URISyntaxException {
    ScanResult result = FixtureVerifier.of(new OpenIngressRule()).verify(fixture("BW201/open_ingress_playbook.yml"));
    Finding finding = result.findings().stream().filter(f -> f.range().startLine() == 35).findFirst().orElseThrow();
    assertThat(finding.attribute()).isEqualTo("rules[1].ports[0].cidr_ip[1]");
    assertThat(finding.range().startLine()).isEqualTo(35);
    assertThat(finding.related()).extracting(RelatedLocation::range, RelatedLocation::message).startsWith(
        tuple(Range.ofLine("open_ingress_playbook.yml", 5, 5, 43), "`admin_sources` is set here (play vars)"),
        tuple(Range.ofLine("open_ingress_playbook.yml", 5, 33, 42), "the value is written here"));
  }
}
