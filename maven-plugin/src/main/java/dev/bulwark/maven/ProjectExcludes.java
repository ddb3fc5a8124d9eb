package dev.bulwark.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.project.MavenProject;

/** The folders a module leaves out: its build output and its own modules (which scan themselves), plus the user's. */
final class ProjectExcludes {
  private ProjectExcludes() {}

  static List<String> of(MavenProject project, List<String> configured) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    List<String> excludes = new ArrayList<>(configured);
    folder(base, Path.of(project.getBuild().getDirectory())).ifPresent(excludes::add);
    for (String module : project.getModules()) {
      Path moduleFolder = base.resolve(module).normalize();
      Path folder = moduleFolder.toString().endsWith(".xml") ? moduleFolder.getParent() : moduleFolder;
      folder(base, folder).ifPresent(excludes::add);
    }
    return excludes;
  }

  /** {@code folder/**} relative to {@code base}, when the folder is inside it. */
  private static Optional<String> folder(Path base, Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (!absolute.startsWith(base) || absolute.equals(base)) {
      return Optional.empty();
    }
    return Optional.of(base.relativize(absolute).toString().replace('\\', '/') + "/**");
  }
}
