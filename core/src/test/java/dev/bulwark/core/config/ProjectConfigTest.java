package dev.bulwark.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Severity;
import dev.bulwark.core.frontend.ScanSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {
  @TempDir
  Path folder;

  private ProjectConfig read(String text) throws IOException {
    return ProjectConfig.read(Files.writeString(folder.resolve(".bulwark.yaml"), text));
  }

  @Test
  void readsEveryKeyWithPathsRelativeToTheFile() throws IOException {
    ProjectConfig config = read("""
        include: [infra/**]
        exclude: test/**
        enable: [BW101, BW201]
        opt-in: [BW304]
        disable: [BW401]
        severity-threshold: High
        baseline: ci/bulwark-baseline.json
        terraform:
          vars: {env: prod, replicas: 3}
          var-files: [prod.tfvars]
        cloudformation:
          parameter-files: [params/prod.json]
        ansible:
          extra-vars: {region: eu-west-1}
        """);

    Path base = folder.toAbsolutePath();
    assertThat(config.folder()).isEqualTo(base);
    assertThat(config.include()).containsExactly("infra/**");
    assertThat(config.exclude()).as("a single value is a list of one").containsExactly("test/**");
    assertThat(config.enable()).containsExactly("BW101", "BW201");
    assertThat(config.optIn()).containsExactly("BW304");
    assertThat(config.disable()).containsExactly("BW401");
    assertThat(config.severityThreshold()).contains(Severity.HIGH);
    assertThat(config.baseline()).contains(base.resolve("ci/bulwark-baseline.json"));
    assertThat(config.terraform().vars()).isEqualTo(Map.of("env", "prod", "replicas", "3"));
    assertThat(config.terraform().varFiles()).containsExactly(base.resolve("prod.tfvars"));
    assertThat(config.cloudformation().parameterFiles()).containsExactly(base.resolve("params/prod.json"));
    assertThat(config.ansible().extraVars()).isEqualTo(Map.of("region", "eu-west-1"));
  }

  @Test
  void appliesItsInputsToTheScanSettings() throws IOException {
    ScanSettings settings = read("terraform: {vars: {env: prod}, var-files: [a.tfvars]}\n")
        .applyTo(ScanSettings.builder()).build();

    assertThat(settings.terraformVariables()).containsEntry("env", "prod");
    assertThat(settings.terraformVariableFiles()).containsExactly(folder.toAbsolutePath().resolve("a.tfvars"));
  }

  @Test
  void anEmptyFileSetsNothing() throws IOException {
    ProjectConfig config = read("# nothing yet\n");

    assertThat(config.include()).isEmpty();
    assertThat(config.severityThreshold()).isEmpty();
    assertThat(config.baseline()).isEmpty();
    assertThat(config.terraform().vars()).isEmpty();
  }

  @Test
  void mistakesAreRefusedWithTheKeyAndWhatIsExpected() {
    assertThatThrownBy(() -> read("disabel: [BW401]\n")).hasMessageContaining(
        "is not valid Bulwark settings: unknown key `disabel`; the keys there are [ansible, baseline, cloudformation,"
            + " disable, enable, exclude, include, opt-in, severity-threshold, terraform]");
    assertThatThrownBy(() -> read("terraform: {var-file: [a]}\n"))
        .hasMessageContaining("unknown key `terraform.var-file`; the keys there are [var-files, vars]");
    assertThatThrownBy(() -> read("exclude: {a: b}\n")).hasMessageContaining("`exclude[0]` should be a single value");
    assertThatThrownBy(() -> read("- a\n")).hasMessageContaining("the file should be a mapping of keys to values");
    assertThatThrownBy(() -> read("severity-threshold: hihg\n"))
        .hasMessageContaining("severity-threshold must be low, medium, high or critical, not hihg");
    assertThatThrownBy(() -> read("a: [\n")).hasMessageContaining("is not valid YAML at line");
    assertThatThrownBy(() -> ProjectConfig.read(folder.resolve("nowhere.yaml")))
        .hasMessageContaining("the settings file").hasMessageContaining("does not exist");
  }

  @Test
  void findsTheYamlFileBeforeTheYmlOne() throws IOException {
    assertThat(ProjectConfig.find(folder)).isEmpty();
    Files.writeString(folder.resolve(".bulwark.yml"), "");
    assertThat(ProjectConfig.find(folder)).contains(folder.resolve(".bulwark.yml"));
    Files.writeString(folder.resolve(".bulwark.yaml"), "");
    assertThat(ProjectConfig.find(folder)).isEqualTo(Optional.of(folder.resolve(".bulwark.yaml")));
    assertThat(ProjectConfig.FILE_NAMES).isEqualTo(List.of(".bulwark.yaml", ".bulwark.yml"));
  }
}
