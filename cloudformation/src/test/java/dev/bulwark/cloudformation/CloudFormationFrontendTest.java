package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloudFormationFrontendTest {
  @Test
  void jsonAndYamlFilesAreCandidatesButTerraformsJsonFilesAreNot() {
    CloudFormationFrontend frontend = new CloudFormationFrontend();
    assertThat(List.of("template.json", "stack.yaml", "stack.yml", "app.template")).allMatch(frontend::claims);
    assertThat(List.of("cdk.tf.json", "cdk.tofu.json", "prod.tfvars.json", "main.tf")).noneMatch(frontend::claims);
  }
}
