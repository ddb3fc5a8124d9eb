package dev.bulwark.maven;

import dev.bulwark.Bulwark;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.config.ProjectConfig;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.scan.Baseline;
import dev.bulwark.core.scan.Scanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: the parameters that choose what is scanned and how (the same as the CLI's, and a settings
 * file shared with it), and the scan itself. In a multi-module build each module scans its own folder, leaving out
 * its modules' folders and its build output, so every file is scanned once.
 */
abstract class ScanMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Folders or files to scan; default: the project's base folder. */
  @Parameter(property = "bulwark.sources")
  private List<File> sources = new ArrayList<>();

  /** Glob patterns, relative to the base folder, of the files to scan; default: all. */
  @Parameter(property = "bulwark.includes")
  private List<String> includes = new ArrayList<>();

  /** Glob patterns of files and folders to leave out, in addition to the build output and module folders. */
  @Parameter(property = "bulwark.excludes")
  private List<String> excludes = new ArrayList<>();

  /**
   * A settings file shared with the CLI (rules, file patterns, baseline, inputs; see {@code ProjectConfig}); default:
   * {@code .bulwark.yaml} or {@code .bulwark.yml} in the project's base folder, if there is one. The plugin's own
   * parameters add to it, and its {@code baseline} and {@code failOnSeverity} replace the file's.
   */
  @Parameter(property = "bulwark.configFile")
  private File configFile;

  /** Run only these rules (ids such as BW101); default: all. */
  @Parameter(property = "bulwark.enabledRules")
  private List<String> enabledRules = new ArrayList<>();

  /** Also run these opt-in rules (e.g. BW304) beside the default ones. */
  @Parameter(property = "bulwark.optInRules")
  private List<String> optInRules = new ArrayList<>();

  /** Do not run these rules. */
  @Parameter(property = "bulwark.disabledRules")
  private List<String> disabledRules = new ArrayList<>();

  /** Terraform variable files ({@code .tfvars}), applied in order. */
  @Parameter
  private List<File> terraformVarFiles = new ArrayList<>();

  /** Terraform variables by name. */
  @Parameter
  private Map<String, String> terraformVariables = Map.of();

  /** CloudFormation parameter files in the AWS CLI's JSON shape. */
  @Parameter
  private List<File> cloudFormationParameterFiles = new ArrayList<>();

  /** Ansible extra vars by name. */
  @Parameter
  private Map<String, String> ansibleExtraVars = Map.of();

  /**
   * A baseline file (written by the {@code baseline} goal, or by {@code bulwark scan --write-baseline}): the findings
   * it lists are reported as suppressed and do not fail the build; default: the settings file's {@code baseline}.
   */
  @Parameter(property = "bulwark.baseline")
  private File baseline;

  /** Skips the goal. */
  @Parameter(property = "bulwark.skip", defaultValue = "false")
  boolean skip;

  /** The settings file named by {@code configFile}, else the one in the project's base folder, if any. */
  Optional<ProjectConfig> projectConfig() throws MojoExecutionException {
    Optional<Path> file = configFile != null ? Optional.of(configFile.toPath())
        : ProjectConfig.find(project.getBasedir().toPath());
    try {
      return file.isPresent() ? Optional.of(ProjectConfig.read(file.get())) : Optional.empty();
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** The baseline file named by the {@code baseline} parameter, else by the settings file, if any. */
  Optional<Path> baselineFile(Optional<ProjectConfig> settings) {
    return baseline != null ? Optional.of(baseline.toPath()) : settings.flatMap(ProjectConfig::baseline);
  }

  /** Scans with the settings file and the parameters, counting only findings not in {@code accepted}. */
  ScanResult scan(Optional<ProjectConfig> settings, Optional<Path> accepted) throws MojoExecutionException {
    Path base = project.getBasedir().toPath();
    List<Path> paths = sources.isEmpty() ? List.of(base) : sources.stream().map(File::toPath).toList();
    Scanner.Builder scanner = Bulwark.scanner();
    settings.ifPresent(found -> found.applyTo(scanner));
    try {
      if (accepted.isPresent()) {
        scanner.baseline(Baseline.read(accepted.get()));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the Bulwark baseline: " + e.getMessage(), e);
    }
    try {
      return scanner
          .paths(paths)
          .baseDirectory(base)
          .includes(includes)
          .excludes(ProjectExcludes.of(project, excludes))
          .enableRules(enabledRules)
          .optInRules(optInRules)
          .disableRules(disabledRules)
          .settings(settings(settings))
          .build()
          .scan();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private ScanSettings settings(Optional<ProjectConfig> projectSettings) {
    ScanSettings.Builder settings = ScanSettings.builder();
    projectSettings.ifPresent(found -> found.applyTo(settings));
    terraformVarFiles.forEach(file -> settings.terraformVariableFile(file.toPath()));
    terraformVariables.forEach(settings::terraformVariable);
    cloudFormationParameterFiles.forEach(file -> settings.cloudFormationParameterFile(file.toPath()));
    ansibleExtraVars.forEach(settings::ansibleExtraVar);
    return settings.build();
  }
}
