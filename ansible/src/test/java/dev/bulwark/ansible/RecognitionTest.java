package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which YAML files are Ansible: by place and by content; everything else is skipped without a word. */
class RecognitionTest {
  @TempDir
  Path folder;

  private UnitResult analyze(String path, String text) throws IOException {
    return new AnsibleProject(folder).file(path, text).analyze();
  }

  private void assertAnsible(String path, String text) throws IOException {
    UnitResult result = analyze(path, text);
    assertThat(result.sources()).extracting(SourceText::path).as(path).containsExactly(path);
  }

  private void assertNotAnsible(String path, String text) throws IOException {
    UnitResult result = analyze(path, text);
    assertThat(result.sources()).as(path).isEmpty();
    assertThat(result.diagnostics()).as(path).isEmpty();
    assertThat(result.resources()).as(path).isEmpty();
  }

  @Test
  void aListOfPlaysIsAPlaybook() throws IOException {
    assertAnsible("site.yml", """
        - hosts: web
          tasks:
            - debug: msg=hi
        - import_playbook: other.yml
        """);
  }

  @Test
  void aListOfTasksIsATaskFile() throws IOException {
    assertAnsible("create.yaml", """
        - amazon.aws.s3_bucket:
            name: logs
        """);
    assertAnsible("setup.yml", """
        - name: install
          my_company.custom.module: {}
        - block:
            - debug: msg=x
        """);
  }

  @Test
  void roleFilesAndInventoryVariablesAreAnsibleByPlace() throws IOException {
    assertAnsible("roles/web/tasks/main.yml", "---\n");
    assertAnsible("roles/web/defaults/main.yml", "port: 80\n");
    assertAnsible("group_vars/all.yml", "env: prod\n");
    assertAnsible("inventory/host_vars/db1/main.yml", "role: primary\n");
  }

  @Test
  void otherYamlIsNotAnsible() throws IOException {
    assertNotAnsible("template.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
        """);
    assertNotAnsible("stack.yml", """
        Resources:
          Queue:
            Type: AWS::SQS::Queue
        """);
    assertNotAnsible("deploy.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        """);
    assertNotAnsible("compose.yml", "services:\n  web:\n    image: nginx\n");
    assertNotAnsible("ci.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
    assertNotAnsible("requirements.yml", "- src: geerlingguy.java\n");
    assertNotAnsible("zuul.d/jobs.yaml", "- job:\n    name: check\n- project:\n    check:\n      jobs: []\n");
    assertNotAnsible("list.yml", "- a\n- b\n");
    assertNotAnsible("hooks.yaml", "- id: lint\n  name: Lint\n  entry: lint\n  language: python\n");
  }

  @Test
  void aProjectWithoutAnsibleSaysNothingEvenAboutBrokenExtraVars() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("template.yaml", "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n")
        .file("jobs.yaml", "- job:\n    name: check\n")
        .settings(ScanSettings.builder().ansibleExtraVarFile(folder.resolve("missing.yml")).build())
        .analyze();
    assertThat(result.sources()).isEmpty();
    assertThat(result.diagnostics()).isEmpty();
    UnitResult ansible = new AnsibleProject(folder.resolve("p")).file("site.yml", "- hosts: all\n")
        .settings(ScanSettings.builder().ansibleExtraVarFile(folder.resolve("missing.yml")).build())
        .analyze();
    assertThat(ansible.diagnostics()).extracting(d -> d.code()).containsExactly("unreadable");
  }

  @Test
  void aCloudFormationTemplateInAVariablesPlaceIsStillNotAnsible() throws IOException {
    assertNotAnsible("group_vars/cfn.yml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
  }

  @Test
  void aRolesDataFilesAreNotAnsibleEvenWhenTheyLookLikeTasks() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("roles/web/tasks/main.yml", "- debug: msg=x\n")
        .file("roles/web/files/example.yml", "- amazon.aws.s3_bucket:\n    name: x\n")
        .analyze();
    assertThat(result.sources()).extracting(SourceText::path).containsExactly("roles/web/tasks/main.yml");
    assertThat(result.resources()).isEmpty();
  }

  @Test
  void aBrokenFileIsReportedOnlyWhenItIsMeantAsAnsible() throws IOException {
    UnitResult tasks = analyze("roles/web/tasks/main.yml", "- name: x\n  debug: [\n");
    assertThat(tasks.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo("parse-error"));
    assertThat(tasks.sources()).hasSize(1);
    UnitResult list = new AnsibleProject(folder.resolve("b")).file("broken.yml", "# tasks\n- name: x\n  a: [\n")
        .analyze();
    assertThat(list.diagnostics()).extracting(d -> d.code()).containsExactly("parse-error");
    assertNotAnsible("c/broken.yaml", "Resources:\n  X: [\n");
  }
}
