package dev.bulwark.maven;

import dev.bulwark.Bulwark;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.config.ProjectConfig;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.scan.Baseline;
import dev.bulwark.core.scan.Scanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Scans the project's infrastructure as code (Terraform, CloudFormation, Ansible), logs each finding as
 * {@code path:line:col: SEVERITY BWnnn message}, writes the reports, and fails the build when a finding is at or
 * above {@code failOnSeverity}. In a multi-module build each module scans its own folder, leaving out its modules'
 * folders and its build output, so every file is scanned once.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

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
   * Report formats written to the output folder: {@code sarif}, {@code json}, {@code text}, {@code junit}
   * ({@code bulwark-junit.xml}), and {@code baseline}
   * ({@code bulwark-baseline.json}, to use as the {@code baseline} of later builds).
   */
  @Parameter(property = "bulwark.formats", defaultValue = "sarif,text")
  private List<String> formats = new ArrayList<>();

  /** Where the reports go. */
  @Parameter(property = "bulwark.outputDirectory", defaultValue = "${project.build.directory}/bulwark")
  private File outputDirectory;

  /**
   * The build fails on a finding at or above this severity: low, medium, high, critical, or none; default: the
   * settings file's {@code severity-threshold}, else high.
   */
  @Parameter(property = "bulwark.failOnSeverity")
  private String failOnSeverity;

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
   * A baseline file (written with the {@code baseline} format, or by {@code bulwark scan --write-baseline}): the
   * findings it lists are reported as suppressed and do not fail the build.
   */
  @Parameter(property = "bulwark.baseline")
  private File baseline;

  /** Skips the check. */
  @Parameter(property = "bulwark.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Bulwark check skipped");
      return;
    }
    Optional<ProjectConfig> project = projectConfig();
    Optional<Severity> threshold = threshold(project);
    ScanResult result = scan(project);
    new FindingLog(getLog(), threshold).log(result);
    try {
      ReportFiles.write(result, formats, outputDirectory.toPath());
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("cannot write the Bulwark reports: " + e.getMessage(), e);
    }
    List<Finding> failing = threshold.map(result::findingsAtLeast).orElse(List.of());
    if (!failing.isEmpty()) {
      throw new MojoFailureException(String.format(Locale.ROOT, "Bulwark found %d finding%s at or above %s; see %s",
          failing.size(), failing.size() == 1 ? "" : "s", threshold.get().label(), outputDirectory));
    }
  }

  private Optional<ProjectConfig> projectConfig() throws MojoExecutionException {
    Optional<Path> file = configFile != null ? Optional.of(configFile.toPath())
        : ProjectConfig.find(project.getBasedir().toPath());
    try {
      return file.isPresent() ? Optional.of(ProjectConfig.read(file.get())) : Optional.empty();
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private Optional<Severity> threshold(Optional<ProjectConfig> settings) throws MojoExecutionException {
    if (failOnSeverity == null) {
      return Optional.of(settings.flatMap(ProjectConfig::severityThreshold).orElse(Severity.HIGH));
    }
    if (failOnSeverity.equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Severity.parse(failOnSeverity));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("failOnSeverity must be low, medium, high, critical or none, not "
          + failOnSeverity, e);
    }
  }

  private ScanResult scan(Optional<ProjectConfig> settings) throws MojoExecutionException {
    Path base = project.getBasedir().toPath();
    List<Path> paths = sources.isEmpty() ? List.of(base) : sources.stream().map(File::toPath).toList();
    Scanner.Builder scanner = Bulwark.scanner();
    try {
      if (settings.isPresent()) {
        settings.get().applyTo(scanner);
      }
      if (baseline != null) {
        scanner.baseline(Baseline.read(baseline.toPath()));
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
