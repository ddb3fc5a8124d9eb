package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.ScanResult;
import dev.bulwark.testkit.FixtureVerifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A finding about an evaluated value points at the line to change, with the path that led there. */
class RelatedLocationsTest {
  private static Finding only(Rule101Fixture fixture) {
    ScanResult result = FixtureVerifier.of(new PublicDatabaseInstanceRule())
        .verify(RuleFixturesTest.evaluationFixtures(new PublicDatabaseInstanceRule()).resolve(fixture.folder()));
    assertThat(result.findings()).hasSize(1);
    return result.findings().get(0);
  }

  private enum Rule101Fixture {
    TFVARS("auto_tfvars_make_it_public"),
    CALL_SITE("module_call_site"),
    NESTED("nested_modules_with_instances"),
    PROVIDER_RELEASE("redshift_provider_release");

    private final String folder;

    Rule101Fixture(String folder) {
      this.folder = folder;
    }

    Path folder() {
      return Path.of(folder);
    }
  }

  @Test
  void aValueFromAVariableFileHasItsLineAsARelatedLocation() {
    Finding finding = only(Rule101Fixture.TFVARS);
    assertThat(finding.range()).isEqualTo(Range.ofLine("main.tf", 22, 3, 35));
    assertThat(finding.related()).containsExactly(new RelatedLocation(
        Range.ofLine("reporting.auto.tfvars", 1, 10, 16), "`var.public` is set in reporting.auto.tfvars"));
  }

  @Test
  void aValueSetAtAModulesCallSiteIsReportedThereWithTheModulesAttributeRelated() {
    Finding finding = only(Rule101Fixture.CALL_SITE);
    assertThat(finding.resourceAddress()).isEqualTo("module.public_db.aws_db_instance.this");
    assertThat(finding.range()).isEqualTo(Range.ofLine("main.tf", 5, 3, 16));
    assertThat(finding.related()).containsExactly(new RelatedLocation(
        Range.ofLine("modules/db/main.tf", 13, 25, 35), "`var.public` of `module.public_db` is set at the call site"));
  }

  @Test
  void aValuePassedThroughNestedModulesIsReportedAtTheOutermostCallSite() {
    Finding finding = only(Rule101Fixture.NESTED);
    assertThat(finding.resourceAddress())
        .isEqualTo("module.app[\"sandbox\"].module.db[0].aws_db_instance.this");
    assertThat(finding.range().file()).isEqualTo("main.tf");
    assertThat(finding.related()).extracting(related -> related.range().file() + ":" + related.range().startLine())
        .containsExactly("modules/db/main.tf:7", "modules/app/main.tf:10", "modules/app/main.tf:12", "main.tf:4",
            "modules/app/main.tf:8");
  }

  @Test
  void aDefaultOfAnOlderProviderReleaseIsReportedAtTheResourceWithTheLockFileRelated() {
    Finding finding = only(Rule101Fixture.PROVIDER_RELEASE);
    assertThat(finding.resourceAddress()).isEqualTo("aws_redshift_cluster.warehouse");
    assertThat(finding.range()).isEqualTo(Range.ofLine("main.tf", 2, 1, 44));
    assertThat(finding.message()).endsWith("`publicly_accessible` should be false; it is not set and defaults to true.");
    assertThat(finding.related()).containsExactly(new RelatedLocation(Range.ofLine(".terraform.lock.hcl", 5, 3, 25),
        "the dependency lock file selects release 5.94.1 of provider `aws`, in which `publicly_accessible` "
            + "defaults to true"));
  }

  @Test
  void aLogTypeMissingFromAVariablesDefaultHasTheDefaultAsARelatedLocation() {
    AuditLogConfigRule rule = new AuditLogConfigRule();
    ScanResult result = FixtureVerifier.of(rule)
        .verify(RuleFixturesTest.evaluationFixtures(rule).resolve("module_and_variables"));
    Finding missingType = result.findings().stream()
        .filter(finding -> finding.resourceAddress().equals("module.audit.google_project_iam_audit_config.this"))
        .findFirst().orElseThrow();
    assertThat(missingType.related()).extracting(related -> related.range().file() + ":" + related.range().startLine())
        .containsExactly("audit/main.tf:12", "main.tf:1");
  }

  @Test
  void aFindingInsideAModulesOwnFilesNamesTheCallThatMadeTheResource() {
    AuditLogConfigRule rule = new AuditLogConfigRule();
    ScanResult result = FixtureVerifier.of(rule)
        .verify(RuleFixturesTest.evaluationFixtures(rule).resolve("module_and_variables"));
    Finding inModule = result.findings().stream()
        .filter(finding -> finding.resourceAddress().startsWith("module.audit."))
        .findFirst().orElseThrow();
    assertThat(inModule.range().file()).isEqualTo("audit/main.tf");
    assertThat(inModule.related()).last()
        .isEqualTo(new RelatedLocation(Range.ofLine("main.tf", 1, 1, 15), "`module.audit` is called here"));
    Finding atCallSite = only(Rule101Fixture.CALL_SITE);
    assertThat(atCallSite.related()).noneMatch(related -> related.message().endsWith("is called here"));
  }

  @Test
  void aDiagnosticCategoryMissingFromAVariablesDefaultHasTheDefaultsItemsAsRelatedLocations() {
    StorageAccountLoggingRule rule = new StorageAccountLoggingRule();
    ScanResult result = FixtureVerifier.of(rule)
        .verify(RuleFixturesTest.evaluationFixtures(rule).resolve("diagnostic_settings"));
    Finding table = result.findings().stream().filter(finding -> finding.range().startLine() == 79)
        .findFirst().orElseThrow();
    assertThat(table.message()).contains("table service").endsWith("collects its `StorageDelete` logs.");
    assertThat(table.related()).extracting(RelatedLocation::range)
        .containsExactly(Range.ofLine("main.tf", 8, 14, 27), Range.ofLine("main.tf", 8, 29, 43));
  }

  @Test
  void theFirstOperationTurnedOffIsReportedWithTheOthersRelated() {
    StorageAccountLoggingRule rule = new StorageAccountLoggingRule();
    ScanResult result = FixtureVerifier.of(rule).verify(RuleFixturesTest.fixtures(rule).resolve("storage_account_logging.tf"));
    Finding analytics = result.findings().stream()
        .filter(finding -> finding.message().contains("`queue_properties.logging.delete` should be true"))
        .findFirst().orElseThrow();
    assertThat(analytics.related()).extracting(RelatedLocation::message)
        .containsExactly("`queue_properties.logging.read` turns off logging too");
  }
}
