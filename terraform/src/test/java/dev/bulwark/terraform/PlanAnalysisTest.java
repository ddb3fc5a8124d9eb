package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.model.Truth;
import dev.bulwark.core.model.VirtualNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan or state of {@code terraform show -json} is analysed as configuration is, remote modules' resources
 * included, with what is known only after apply unknown and every value located in the JSON.
 */
class PlanAnalysisTest {
  @TempDir
  Path folder;

  private static String plan() throws IOException {
    try (InputStream in = Objects.requireNonNull(PlanAnalysisTest.class.getResourceAsStream("tfplan.json"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyResourceOfThePlanModulesIncludedIsReadWithItsValuesWhereThePlanWritesThem() throws IOException {
    UnitResult result = new TerraformProject(folder).file("plans/tfplan.json", plan()).analyze();
    Graph graph = new Graph(result);
    assertThat(graph.addresses()).containsExactly("aws_ebs_volume.scratch", "aws_ebs_volume.from_key",
        "aws_security_group.web", "module.db.aws_db_instance.this[0]");
    assertThat(graph.resource("module.db.aws_db_instance.this[0]").range())
        .isEqualTo(Range.ofLine("plans/tfplan.json", 59, 26, 61));
    assertThat(graph.value("aws_ebs_volume.scratch", "encrypted").range())
        .isEqualTo(Range.ofLine("plans/tfplan.json", 16, 26, 31));
    assertThat(result.models()).filteredOn(DatabaseInstance.class::isInstance)
        .extracting(model -> ((DatabaseInstance) model).publiclyAccessible().truth()).containsExactly(Truth.TRUE);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void whatThePlanKnowsOnlyAfterApplyIsUnknownNotMissing() throws IOException {
    UnitResult result = new TerraformProject(folder).file("tfplan.json", plan()).analyze();
    Graph graph = new Graph(result);
    assertThat(graph.text("aws_ebs_volume.from_key", "encrypted")).isEqualTo("?");
    assertThat(graph.text("aws_security_group.web", "ingress.1.cidr_blocks")).isEqualTo("?");
    assertThat(graph.text("aws_security_group.web", "ingress.0.cidr_blocks.0")).isEqualTo("0.0.0.0/0");
    assertThat(result.models()).filteredOn(BlockVolume.class::isInstance)
        .extracting(model -> model.resource().address(), model -> ((BlockVolume) model).encrypted().truth())
        .containsExactly(tuple("aws_ebs_volume.scratch", Truth.FALSE), tuple("aws_ebs_volume.from_key",
            Truth.UNKNOWN));
  }

  @Test
  void theConfigurationsReferencesJoinInstancesWhoseIdsAreKnownOnlyAfterApply() throws IOException {
    String plan = """
        {"format_version": "1.2", "terraform_version": "1.9.5",
         "planned_values": {"root_module": {
           "resources": [
             {"address": "aws_s3_bucket.logged", "mode": "managed", "type": "aws_s3_bucket", "values": {}},
             {"address": "aws_s3_bucket.other", "mode": "managed", "type": "aws_s3_bucket", "values": {}},
             {"address": "aws_s3_bucket_logging.this", "mode": "managed", "type": "aws_s3_bucket_logging",
              "values": {"target_bucket": "central-logs"}}
           ],
           "child_modules": [{"address": "module.net[1]", "resources": [
             {"address": "module.net[1].aws_vpc.this[0]", "type": "aws_vpc", "values": {}},
             {"address": "module.net[1].aws_vpc.this[1]", "type": "aws_vpc", "values": {}},
             {"address": "module.net[1].aws_flow_log.this[1]", "type": "aws_flow_log",
              "values": {"traffic_type": "ALL"}}
           ]}]
         }},
         "resource_changes": [
           {"address": "aws_s3_bucket_logging.this", "change": {"after_unknown": {"bucket": true}}},
           {"address": "module.net[1].aws_flow_log.this[1]", "change": {"after_unknown": {"vpc_id": true}}}
         ],
         "configuration": {"root_module": {
           "resources": [{"address": "aws_s3_bucket_logging.this", "expressions": {
             "bucket": {"references": ["aws_s3_bucket.logged.id", "aws_s3_bucket.logged"]},
             "target_bucket": {"constant_value": "central-logs"}}}],
           "module_calls": {"net": {"module": {"resources": [{"address": "aws_flow_log.this", "expressions": {
             "vpc_id": {"references": ["aws_vpc.this[count.index].id", "aws_vpc.this", "count.index"]}}}]}}}
         }}}
        """;
    UnitResult result = new TerraformProject(folder).file("tfplan.json", plan).analyze();
    assertThat(new Graph(result).references()).containsExactly(
        "aws_s3_bucket_logging.this -bucket-> aws_s3_bucket.logged",
        "module.net[1].aws_flow_log.this[1] -vpc_id-> module.net[1].aws_vpc.this[1]");
    assertThat(result.models()).filteredOn(StorageBucket.class::isInstance)
        .extracting(model -> model.resource().address(), model -> ((StorageBucket) model).accessLogging().truth())
        .containsExactly(tuple("aws_s3_bucket.logged", Truth.TRUE), tuple("aws_s3_bucket.other", Truth.FALSE));
    assertThat(result.models()).filteredOn(VirtualNetwork.class::isInstance)
        .extracting(model -> model.resource().address(), model -> ((VirtualNetwork) model).flowLogs().truth())
        .containsExactly(tuple("module.net[1].aws_vpc.this[0]", Truth.FALSE),
            tuple("module.net[1].aws_vpc.this[1]", Truth.TRUE));
  }

  @Test
  void referencesInNestedBlocksAreNamedByTheirPathAndLocatedAtThePlannedValueOfTheirBlock() throws IOException {
    String plan = """
        {"format_version": "1.2", "terraform_version": "1.9.5",
         "planned_values": {"root_module": {"resources": [
           {"address": "aws_s3_bucket.logs", "type": "aws_s3_bucket", "values": {}},
           {"address": "aws_s3_bucket.logged", "type": "aws_s3_bucket", "values": {"logging": [
             {"target_prefix": "logged/"}]}},
           {"address": "aws_security_group.lb", "type": "aws_security_group", "values": {}},
           {"address": "aws_security_group.web", "type": "aws_security_group", "values": {"ingress": [
             {"from_port": 443, "security_groups": []},
             {"from_port": 80,
              "security_groups": null}]}}
         ]}},
         "resource_changes": [
           {"address": "aws_s3_bucket.logged",
            "change": {"after_unknown": {"logging": [{"target_bucket": true}]}}},
           {"address": "aws_security_group.web",
            "change": {"after_unknown": {"ingress": [{}, {"security_groups": true}]}}}
         ],
         "configuration": {"root_module": {"resources": [
           {"address": "aws_s3_bucket.logged", "expressions": {"logging": [{
             "target_bucket": {"references": ["aws_s3_bucket.logs.id", "aws_s3_bucket.logs"]},
             "target_prefix": {"constant_value": "logged/"}}]}},
           {"address": "aws_security_group.web", "expressions": {
             "ingress": [
               {"from_port": {"constant_value": 443}},
               {"from_port": {"constant_value": 80},
                "security_groups": {"references": ["aws_security_group.lb.id", "aws_security_group.lb"]}}],
             "timeouts": {"references": {"references": ["aws_s3_bucket.logs"]}}}}
         ]}}}
        """;
    UnitResult result = new TerraformProject(folder).file("tfplan.json", plan).analyze();
    assertThat(new Graph(result).references()).containsExactly(
        "aws_s3_bucket.logged -logging.target_bucket-> aws_s3_bucket.logs",
        "aws_security_group.web -ingress.security_groups-> aws_security_group.lb",
        "aws_security_group.web -timeouts.references-> aws_s3_bucket.logs");
    assertThat(result.references()).extracting(reference -> reference.range().startLine())
        .containsExactly(5, 10, new Graph(result).resource("aws_security_group.web").range().startLine());
    assertThat(result.references().get(1).range()).isEqualTo(Range.ofLine("tfplan.json", 10, 26, 30));
  }

  @Test
  void besideItsConfigurationAPlanAddsOnlyTheResourcesOfRegistryAndGitModules() throws IOException {
    String plan = """
        {"format_version": "1.2", "terraform_version": "1.9.5",
         "planned_values": {"root_module": {
           "resources": [{"address": "aws_db_instance.db", "type": "aws_db_instance", "values": {}}],
           "child_modules": [
             {"address": "module.local", "resources": [
               {"address": "module.local.aws_s3_bucket.b", "type": "aws_s3_bucket", "values": {}}]},
             {"address": "module.vpc[\\"a\\"]", "resources": [
               {"address": "module.vpc[\\"a\\"].aws_vpc.this", "type": "aws_vpc",
                "values": {"enable_dns_support": true}}],
              "child_modules": [{"address": "module.vpc[\\"a\\"].module.logs", "resources": [
               {"address": "module.vpc[\\"a\\"].module.logs.aws_s3_bucket.l", "type": "aws_s3_bucket",
                "values": {}}]}]}
           ]}},
         "configuration": {"root_module": {"module_calls": {
           "local": {"source": "./modules/local", "module": {}},
           "vpc": {"source": "terraform-aws-modules/vpc/aws", "module": {"module_calls": {
             "logs": {"source": "./logs", "module": {}}}}}
         }}}}
        """;
    TerraformProject project = new TerraformProject(folder).file("tfplan.json", plan)
        .file("main.tf", "resource \"aws_db_instance\" \"db\" {}\n"
            + "module \"vpc\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\n");
    AnalysisUnit planUnit = project.units().stream().filter(unit -> unit.name().equals("tfplan.json"))
        .findFirst().orElseThrow();
    UnitResult result = project.analyze(planUnit);
    Graph graph = new Graph(result);
    assertThat(graph.addresses()).containsExactly("module.vpc[\"a\"].aws_vpc.this",
        "module.vpc[\"a\"].module.logs.aws_s3_bucket.l");
    Range call = Range.ofLine("main.tf", 2, 1, 13);
    assertThat(graph.resource("module.vpc[\"a\"].module.logs.aws_s3_bucket.l").range()).isEqualTo(call);
    assertThat(graph.value("module.vpc[\"a\"].aws_vpc.this", "enable_dns_support").range()).isEqualTo(call);
    assertThat(graph.value("module.vpc[\"a\"].aws_vpc.this", "enable_dns_support").origin())
        .extracting(related -> related.range().file(), related -> related.range().startLine())
        .containsExactly(tuple("tfplan.json", 9));
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(tuple(
        "plan-beside-configuration", "the configuration beside this plan is checked from its files, at their "
            + "lines; of the plan's 4 resources, the 2 of registry and git modules are checked here"));
    assertThat(new Graph(new TerraformProject(folder).file("tfplan.json", plan).analyze()).addresses()).hasSize(4);
  }

  @Test
  void theConfigurationBesideAPlanLeavesItsRegistryModuleCallsToThePlan() throws IOException {
    String main = "module \"db\" {\n  source              = \"terraform-aws-modules/rds/aws\"\n"
        + "  publicly_accessible = true\n}\n";
    String plan = "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.5\", \"planned_values\": "
        + "{\"root_module\": {}}}";
    TerraformProject withPlan = new TerraformProject(folder).file("main.tf", main).file("tfplan.json", plan);
    List<AnalysisUnit> units = withPlan.units();
    assertThat(units).extracting(unit -> unit.name() + " " + unit.files().size())
        .containsExactly(". 2", "tfplan.json 2");
    UnitResult configuration = withPlan.analyze(units.get(0));
    assertThat(configuration.models()).isEmpty();
    assertThat(configuration.diagnostics()).extracting(Diagnostic::message).singleElement().asString()
        .endsWith("the plan beside the configuration holds what it makes, and is checked");
    assertThat(new TerraformProject(folder.resolve("alone")).file("main.tf", main).analyze().models())
        .filteredOn(DatabaseInstance.class::isInstance).hasSize(1);
  }

  @Test
  void aStateIsReadLikeAPlan() throws IOException {
    String state = """
        {"format_version": "1.0", "terraform_version": "1.9.5", "values": {"root_module": {"resources": [
          {"address": "aws_db_instance.db", "mode": "managed", "type": "aws_db_instance", "name": "db",
           "values": {"publicly_accessible": false}}
        ]}}}
        """;
    Graph graph = new Graph(new TerraformProject(folder).file("state.json", state).analyze());
    assertThat(graph.text("aws_db_instance.db", "publicly_accessible")).isEqualTo("false");
  }

  @Test
  void otherJsonFilesAreNotUnitsAndAPlanWithoutValuesOrBrokenIsSaidSo() throws IOException {
    TerraformProject project = new TerraformProject(folder)
        .file("main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n")
        .file("package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}")
        .file("cdk.tf.json", "{\"resource\": {\"aws_s3_bucket\": {\"c\": {}}}}")
        .file("empty.json", "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.5\"}")
        .file("broken.json", "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.5\", ");
    List<AnalysisUnit> units = project.units();
    assertThat(units).extracting(AnalysisUnit::name).containsExactly(".", "empty.json", "broken.json");
    assertThat(project.analyze(units.get(1)).diagnostics()).extracting(Diagnostic::code, Diagnostic::level)
        .containsExactly(tuple("not-a-plan", Diagnostic.Level.NOTE));
    assertThat(project.analyze(units.get(2)).diagnostics()).extracting(Diagnostic::code)
        .containsExactly("parse-error");
  }
}
