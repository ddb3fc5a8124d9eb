package dev.bulwark.maven;

import dev.bulwark.core.ScanResult;
import dev.bulwark.core.config.ProjectConfig;
import dev.bulwark.core.report.BaselineReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the project's baseline: every finding that is not suppressed in the code, to the {@code baseline} file
 * (default: the settings file's {@code baseline}, else {@code bulwark-baseline.json} in the base folder), so that
 * {@code check} then fails on new findings only. Run it on purpose ({@code mvn bulwark:baseline}) and commit the
 * file; it is bound to no phase.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends ScanMojo {
  static final String DEFAULT_FILE = "bulwark-baseline.json";

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Bulwark baseline skipped");
      return;
    }
    Optional<ProjectConfig> settings = projectConfig();
    Path file = baselineFile(settings).orElse(project.getBasedir().toPath().resolve(DEFAULT_FILE));
    ScanResult result = scan(settings, Optional.empty());
    try {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        BaselineReport.write(result, out);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the Bulwark baseline " + file + ": " + e.getMessage(), e);
    }
    getLog().info(String.format("Bulwark: wrote %d finding%s to the baseline %s", result.findings().size(),
        result.findings().size() == 1 ? "" : "s", file));
  }
}
