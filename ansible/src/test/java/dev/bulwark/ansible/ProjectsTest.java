package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.AnalysisUnit;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectsTest {
  @TempDir
  Path folder;

  @Test
  void aRepositoryWithPlaybooksAndRolesIsOneProject() throws IOException {
    AnsibleProject project = new AnsibleProject(folder)
        .file("site.yml", "- hosts: all\n")
        .file("roles/web/tasks/main.yml", "- debug: msg=x\n")
        .file("group_vars/all.yml", "a: 1\n")
        .file("playbooks/deep/x.yml", "- hosts: all\n");
    assertThat(project.units()).singleElement().satisfies(unit -> {
      assertThat(unit.name()).isEqualTo(".");
      assertThat(unit.files()).hasSize(4);
    });
  }

  @Test
  void aFolderOfUnrelatedRepositoriesIsSplitIntoThem() throws IOException {
    AnsibleProject project = new AnsibleProject(folder)
        .file("repo-a/site.yml", "- hosts: all\n")
        .file("repo-a/roles/x/tasks/main.yml", "- debug: msg=x\n")
        .file("repo-b/inventory/group_vars/all.yml", "a: 1\n")
        .file("repo-b/inventory/hosts.yml", "all: {}\n")
        .file("repo-c/tasks/main.yml", "- debug: msg=x\n")
        .file("repo-d/docs/a.yml", "a: 1\n")
        .file("repo-d/other/b.yml", "b: 1\n");
    assertThat(project.units()).extracting(AnalysisUnit::name)
        .containsExactly("repo-a", "repo-b/inventory", "repo-c", "repo-d/docs", "repo-d/other");
  }

  @Test
  void aFolderOfRolesStaysTogetherSoRolesFindEachOther() throws IOException {
    AnsibleProject project = new AnsibleProject(folder)
        .file("tests/targets/a/tasks/main.yml", "- include_role: name=setup\n")
        .file("tests/targets/setup/tasks/main.yml", "- debug: msg=x\n")
        .file("tests/targets/b/meta/main.yml", "dependencies: [setup]\n");
    assertThat(project.units()).extracting(AnalysisUnit::name).containsExactly("tests/targets");
  }
}
