package dev.bulwark.maven;

import dev.bulwark.Bulwark;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.config.ProjectConfig;
import dev.bulwark.core.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the project's infrastructure as code (Terraform, CloudFormation, Ansible), logs each finding as
 * {@code path:line:col: SEVERITY BWnnn message}, writes the reports, and fails the build when a finding is at or
 * above {@code failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends ScanMojo {
  /** Report formats written to the output folder: {@code sarif}, {@code json}, {@code text}, {@code junit}. */
  @Parameter(property = "bulwark.formats", defaultValue = "sarif,text")
  private List<String> formats = new ArrayList<>();

  /**
   * Also writes suppressed findings to the SARIF log, each with its {@code suppressions} entry; off by default, as
   * GitHub code scanning ignores suppressions and would show them as alerts.
   */
  @Parameter(property = "bulwark.sarifSuppressed", defaultValue = "false")
  private boolean sarifSuppressed;

  /** Where the reports go. */
  @Parameter(property = "bulwark.outputDirectory", defaultValue = "${project.build.directory}/bulwark")
  private File outputDirectory;

  /**
   * The build fails on a finding at or above this severity: low, medium, high, critical, or none; default: the
   * settings file's {@code severity-threshold}, else high.
   */
  @Parameter(property = "bulwark.failOnSeverity")
  private String failOnSeverity;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Bulwark check skipped");
      return;
    }
    Optional<ProjectConfig> settings = projectConfig();
    Optional<Severity> threshold = threshold(settings);
    ScanResult result = scan(settings, baselineFile(settings));
    new FindingLog(getLog(), threshold).log(result);
    try {
      ReportFiles.write(result, formats, outputDirectory.toPath(),
          SarifReport.Options.defaults().withSuppressed(sarifSuppressed));
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("cannot write the Bulwark reports: " + e.getMessage(), e);
    }
    List<Finding> failing = threshold.map(result::findingsAtLeast).orElse(List.of());
    if (!failing.isEmpty()) {
      throw new MojoFailureException(String.format(Locale.ROOT, "Bulwark found %d finding%s at or above %s; see %s",
          failing.size(), failing.size() == 1 ? "" : "s", threshold.get().label(), outputDirectory));
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
}
