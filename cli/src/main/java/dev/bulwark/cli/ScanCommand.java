package dev.bulwark.cli;

import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.config.ProjectConfig;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.report.BaselineReport;
import dev.bulwark.core.report.JUnitReport;
import dev.bulwark.core.report.JsonReport;
import dev.bulwark.core.report.SarifReport;
import dev.bulwark.core.report.TextReport;
import dev.bulwark.core.scan.Baseline;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bulwark scan}: scans files and folders and reports the findings. */
@Command(
    name = "scan",
    description = "Scan files and folders for insecure infrastructure as code.",
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above the severity threshold",
        "1:findings at or above the severity threshold",
        "2:usage error, or a path that does not exist"})
final class ScanCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private BulwarkCommand parent;

  @Parameters(paramLabel = "PATH", description = "Files or folders to scan (default: the current folder).")
  private List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, json, sarif or junit (default: text).")
  private OutputFormat format = OutputFormat.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of the standard output.")
  private Path output;

  @Option(names = "--severity-threshold", paramLabel = "LEVEL", converter = SeverityConverter.class,
      description = "Exit with 1 when a finding is at or above LEVEL: low, medium, high, critical (default: the "
          + "settings file's severity-threshold, else low).")
  private Severity threshold;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read settings from FILE (default: .bulwark.yaml or .bulwark.yml in the scanned folder).")
  private Path config;

  @Option(names = "--no-config", description = "Do not read a .bulwark.yaml found in the scanned folder.")
  private boolean noConfig;

  @Option(names = "--no-color", description = "Never colour the text report.")
  private boolean noColor;

  @Option(names = "--include", paramLabel = "GLOB", split = ",",
      description = "Scan only files matching GLOB, relative to the scanned folder (repeatable).")
  private List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
      description = "Leave out files and folders matching GLOB, e.g. 'test/**' (repeatable).")
  private List<String> excludes = new ArrayList<>();

  @Option(names = "--enable", paramLabel = "ID", split = ",", description = "Run only these rules, e.g. BW101,BW201.")
  private List<String> enabledRules = new ArrayList<>();

  @Option(names = "--opt-in", paramLabel = "ID", split = ",",
      description = "Also run these opt-in rules beside the default ones, e.g. BW304.")
  private List<String> optInRules = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "ID", split = ",", description = "Do not run these rules.")
  private List<String> disabledRules = new ArrayList<>();

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Set a Terraform variable (repeatable).")
  private Map<String, String> terraformVariables = new LinkedHashMap<>();

  @Option(names = "--var-file", paramLabel = "FILE", description = "Read Terraform variables from FILE (repeatable).")
  private List<Path> terraformVariableFiles = new ArrayList<>();

  @Option(names = "--cfn-parameters", paramLabel = "FILE",
      description = "Read CloudFormation parameter values from FILE, in the AWS CLI's JSON shape (repeatable).")
  private List<Path> cloudFormationParameterFiles = new ArrayList<>();

  @Option(names = "--ansible-extra-vars", paramLabel = "NAME=VALUE|@FILE",
      description = "Set an Ansible extra var, or read them from a YAML or JSON FILE (repeatable).")
  private List<String> ansibleExtraVars = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Count only findings that are not in this baseline file (see --write-baseline; default: the "
          + "settings file's baseline).")
  private Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Also write every finding that is not suppressed in the code to FILE, as a baseline.")
  private Path writeBaseline;

  @Option(names = "--sarif-suppressed",
      description = "Also write suppressed findings to SARIF, each with its suppression (GitHub code scanning "
          + "ignores suppressions and would show them as alerts).")
  private boolean sarifSuppressed;

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = new ArrayList<>(paths);
    inputs.addAll(terraformVariableFiles);
    inputs.addAll(cloudFormationParameterFiles);
    if (baseline != null) {
      inputs.add(baseline);
    }
    if (config != null) {
      inputs.add(config);
    }
    for (Path path : inputs) {
      if (!Files.exists(path)) {
        return usageError("no such file or folder: " + path);
      }
    }
    Optional<ProjectConfig> project;
    try {
      project = projectConfig();
    } catch (IOException e) {
      return usageError(e.getMessage());
    }
    Scanner.Builder scanner = Scanner.builder().paths(paths).settings(settings(project));
    project.ifPresent(found -> found.applyTo(scanner));
    Optional<Path> accepted = baseline != null ? Optional.of(baseline) : project.flatMap(ProjectConfig::baseline);
    try {
      if (accepted.isPresent()) {
        scanner.baseline(Baseline.read(accepted.get()));
      }
    } catch (IOException e) {
      return usageError("cannot read the baseline: " + e.getMessage());
    }
    scanner.includes(includes).excludes(excludes).enableRules(enabledRules).optInRules(optInRules)
        .disableRules(disabledRules);
    ScanResult result = scanner.build().scan();
    if (writeBaseline != null) {
      try (OutputStream out = create(writeBaseline)) {
        BaselineReport.write(result, out);
      }
    }
    if (output != null) {
      try (OutputStream out = create(output)) {
        write(result, out, false);
      }
    } else {
      OutputStream out = parent.stdout();
      write(result, out, !noColor && System.console() != null);
      out.flush();
    }
    Severity failing = threshold != null ? threshold
        : project.flatMap(ProjectConfig::severityThreshold).orElse(Severity.LOW);
    return result.findingsAtLeast(failing).isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS;
  }

  private static OutputStream create(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    return Files.newOutputStream(file);
  }

  private int usageError(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("bulwark: " + message);
    err.flush();
    return ExitCode.ERROR;
  }

  /** The settings file given, or the one in the scanned folder unless {@code --no-config}. */
  private Optional<ProjectConfig> projectConfig() throws IOException {
    if (config != null) {
      return Optional.of(ProjectConfig.read(config));
    }
    if (noConfig) {
      return Optional.empty();
    }
    Path folder = paths.size() == 1 ? paths.get(0) : Path.of("");
    Optional<Path> found = ProjectConfig.find(Files.isDirectory(folder) ? folder
        : Objects.requireNonNullElse(folder.toAbsolutePath().getParent(), folder));
    return found.isPresent() ? Optional.of(ProjectConfig.read(found.get())) : Optional.empty();
  }

  private ScanSettings settings(Optional<ProjectConfig> project) {
    ScanSettings.Builder settings = ScanSettings.builder();
    project.ifPresent(found -> found.applyTo(settings));
    terraformVariables.forEach(settings::terraformVariable);
    terraformVariableFiles.forEach(settings::terraformVariableFile);
    cloudFormationParameterFiles.forEach(settings::cloudFormationParameterFile);
    for (String extra : ansibleExtraVars) {
      if (extra.startsWith("@")) {
        settings.ansibleExtraVarFile(Path.of(extra.substring(1)));
      } else {
        int equals = extra.indexOf('=');
        if (equals < 1) {
          throw new ParameterException(spec.commandLine(), "--ansible-extra-vars takes NAME=VALUE or @FILE: " + extra);
        }
        settings.ansibleExtraVar(extra.substring(0, equals), extra.substring(equals + 1));
      }
    }
    return settings.build();
  }

  private void write(ScanResult result, OutputStream out, boolean color) throws IOException {
    switch (format) {
      case TEXT -> {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        TextReport.write(result, writer, color);
        writer.flush();
      }
      case JSON -> JsonReport.write(result, out);
      case JUNIT -> JUnitReport.write(result, out);
      case SARIF -> SarifReport.write(result, SarifReport.Options.defaults().withSuppressed(sarifSuppressed), out);
      default -> throw new IllegalStateException("unknown format " + format);
    }
  }

  /** Parses a severity name in any case. */
  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return Severity.parse(value);
    }
  }

}
