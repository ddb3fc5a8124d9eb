package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.cloudformation.CloudFormationFrontend;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.model.VirtualNetwork;
import dev.bulwark.terraform.TerraformFrontend;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One scenario written in each format maps to equal shared models, ranges and native attribute names aside: the
 * front ends agree on what a resource means (unlike peers whose adapters disagree, e.g. on bucket encryption).
 */
class ModelParityTest {
  private static List<String> models(Frontend frontend, String file) throws IOException, URISyntaxException {
    Path path = Path.of(ModelParityTest.class.getResource("/parity/" + file).toURI());
    SourceFile source = new SourceFile(path, file, Files.size(path));
    return frontend.group(List.of(source)).stream()
        .flatMap(unit -> frontend.analyze(unit, AnalysisContext.of(ScanSettings.DEFAULTS)).models().stream())
        .map(ModelParityTest::describe)
        .sorted()
        .toList();
  }

  private static String describe(CloudModel model) {
    String name = lastSegment(model.resource().address());
    if (model instanceof DatabaseInstance db) {
      return "database " + name + " public=" + truth(db.publiclyAccessible())
          + " encrypted=" + truth(db.storageEncrypted()) + " logging=" + truth(db.logging());
    }
    if (model instanceof BlockVolume volume) {
      return "volume " + name + " encrypted=" + truth(volume.encrypted());
    }
    if (model instanceof StorageBucket bucket) {
      return "bucket " + name + " logging=" + truth(bucket.accessLogging())
          + " encryption=" + truth(bucket.defaultEncryption()) + " acl=" + value(bucket.acl());
    }
    if (model instanceof SecurityGroup group) {
      return "group " + name + " " + group.rules().stream().map(ModelParityTest::rule).collect(Collectors.joining("; "));
    }
    if (model instanceof DatasetAccess access) {
      return "access " + name + " everyone=" + truth(access.grantsEveryone()) + " " + access.member();
    }
    VirtualNetwork network = (VirtualNetwork) model;
    return "network " + name + " flowLogs=" + truth(network.flowLogs());
  }

  private static String rule(FirewallRule rule) {
    return rule.direction() + " " + value(rule.protocol()) + " " + value(rule.ports()) + " from "
        + rule.sources().stream().map(ModelParityTest::value).toList();
  }

  private static String truth(Fact fact) {
    return fact.truth() + (fact.byDefault() ? " (default)" : "");
  }

  private static String value(Located<?> located) {
    return located.value().map(Object::toString).orElse("unknown") + (located.byDefault() ? " (default)" : "");
  }

  private static String lastSegment(String address) {
    return address.substring(address.lastIndexOf('.') + 1);
  }

  @Test
  void terraformAndCloudFormationMapTheSameScenarioToEqualModels() throws Exception {
    List<String> terraform = models(new TerraformFrontend(), "main.tf");
    List<String> cloudFormation = models(new CloudFormationFrontend(), "template.yaml");
    assertThat(terraform).hasSize(7);
    assertThat(cloudFormation).containsExactlyElementsOf(terraform);
  }

  @Test
  void terraformsJsonSyntaxMapsToTheSameModelsAsItsNativeSyntax() throws Exception {
    assertThat(models(new TerraformFrontend(), "main.tf.json"))
        .containsExactlyElementsOf(models(new TerraformFrontend(), "main.tf"));
  }
}
