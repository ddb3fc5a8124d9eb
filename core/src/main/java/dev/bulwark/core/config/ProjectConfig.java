package dev.bulwark.core.config;

import dev.bulwark.core.Severity;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's Bulwark settings in {@code .bulwark.yaml}, shared by the CLI and the Maven plugin so that both scan a
 * repository the same way. Keys are those of the CLI's options; paths are relative to the file's folder; an unknown
 * key is an error, so a typo does not silently change a scan:
 *
 * <pre>{@code
 * exclude: [test/**]
 * disable: [BW401]
 * opt-in: [BW304]
 * severity-threshold: high
 * baseline: bulwark-baseline.json
 * terraform:
 *   vars: {env: prod}
 *   var-files: [prod.tfvars]
 * cloudformation:
 *   parameter-files: [params.json]
 * ansible:
 *   extra-vars: {env: prod}
 * }</pre>
 *
 * @param folder            the folder the file is in, which its paths are relative to
 * @param include           glob patterns of the files to scan
 * @param exclude           glob patterns of files and folders to leave out
 * @param enable            the only rules to run
 * @param optIn             opt-in rules to run beside the default ones
 * @param disable           rules not to run
 * @param severityThreshold the least severity that fails the scan, if set
 * @param baseline          a baseline file, if set
 * @param terraform         Terraform inputs
 * @param cloudformation    CloudFormation inputs
 * @param ansible           Ansible inputs
 */
public record ProjectConfig(
    Path folder,
    List<String> include,
    List<String> exclude,
    List<String> enable,
    List<String> optIn,
    List<String> disable,
    Optional<Severity> severityThreshold,
    Optional<Path> baseline,
    Terraform terraform,
    CloudFormation cloudformation,
    Ansible ansible) {

  /** The names the CLI and the plugin look for in a project's folder, in this order. */
  public static final List<String> FILE_NAMES = List.of(".bulwark.yaml", ".bulwark.yml");

  public ProjectConfig {
    Objects.requireNonNull(folder, "folder");
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    enable = List.copyOf(enable);
    optIn = List.copyOf(optIn);
    disable = List.copyOf(disable);
    Objects.requireNonNull(severityThreshold, "severityThreshold");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(terraform, "terraform");
    Objects.requireNonNull(cloudformation, "cloudformation");
    Objects.requireNonNull(ansible, "ansible");
  }

  /**
   * Terraform inputs.
   *
   * @param vars     variables by name
   * @param varFiles variable files, applied in order
   */
  public record Terraform(Map<String, String> vars, List<Path> varFiles) {
    public Terraform {
      vars = Map.copyOf(vars);
      varFiles = List.copyOf(varFiles);
    }
  }

  /**
   * CloudFormation inputs.
   *
   * @param parameterFiles parameter files in the AWS CLI's JSON shape
   */
  public record CloudFormation(List<Path> parameterFiles) {
    public CloudFormation {
      parameterFiles = List.copyOf(parameterFiles);
    }
  }

  /**
   * Ansible inputs.
   *
   * @param extraVars extra vars by name
   */
  public record Ansible(Map<String, String> extraVars) {
    public Ansible {
      extraVars = Map.copyOf(extraVars);
    }
  }

  /** The settings file in {@code folder} ({@link #FILE_NAMES}), if there is one. */
  public static Optional<Path> find(Path folder) {
    return FILE_NAMES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
  }

  /** Reads a settings file; one that is not valid fails with a message naming the file and what is wrong. */
  public static ProjectConfig read(Path file) throws IOException {
    return ProjectConfigFile.read(file);
  }

  /**
   * Applies the rule selection and file patterns to {@code scanner}, before the caller's own. The baseline is left
   * to the caller, whose own option may replace it.
   */
  public Scanner.Builder applyTo(Scanner.Builder scanner) {
    return scanner.includes(include).excludes(exclude).enableRules(enable).optInRules(optIn).disableRules(disable);
  }

  /** Applies the Terraform, CloudFormation and Ansible inputs to {@code settings}, before the caller's own. */
  public ScanSettings.Builder applyTo(ScanSettings.Builder settings) {
    terraform.vars().forEach(settings::terraformVariable);
    terraform.varFiles().forEach(settings::terraformVariableFile);
    cloudformation.parameterFiles().forEach(settings::cloudFormationParameterFile);
    ansible.extraVars().forEach(settings::ansibleExtraVar);
    return settings;
  }
}
