package dev.bulwark.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectExcludesTest {
  @TempDir
  Path base;

  @Test
  void aModuleLeavesOutItsBuildOutputAndItsModules() {
    Model model = new Model();
    Build build = new Build();
    build.setDirectory(base.resolve("target").toString());
    model.setBuild(build);
    model.setModules(List.of("module-a", "nested/module-b/pom.xml", "../sibling"));
    MavenProject project = new MavenProject(model);
    project.setFile(new File(base.toFile(), "pom.xml"));
    assertThat(ProjectExcludes.of(project, List.of("docs/**")))
        .containsExactly("docs/**", "target/**", "module-a/**", "nested/module-b/**");
  }
}
