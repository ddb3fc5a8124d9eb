package dev.bulwark.core.frontend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings the front ends honour: limits that turn hostile or broken input into diagnostics, and the inputs a
 * deployment would supply (Terraform variables, CloudFormation parameters, Ansible extra vars). Build with
 * {@link #builder()}.
 *
 * @param maxFileBytes                 files larger than this are skipped with a diagnostic
 * @param maxNestingDepth              deeper nesting of expressions or documents is a diagnostic
 * @param maxAliasExpansion            a YAML document whose aliases expand to more nodes than this is a diagnostic
 * @param terraformVariables           {@code --var NAME=VALUE}: values as a user would pass them on the command line
 * @param terraformVariableFiles       {@code --var-file FILE}: extra {@code .tfvars} files, applied in order
 * @param cloudFormationParameterFiles {@code --cfn-parameters FILE}: parameter files in the AWS CLI's JSON shape
 * @param ansibleExtraVars             {@code --ansible-extra-vars NAME=VALUE}: Ansible extra vars (highest precedence)
 * @param ansibleExtraVarFiles         {@code --ansible-extra-vars @FILE}: YAML or JSON files of extra vars
 */
public record ScanSettings(
    long maxFileBytes,
    int maxNestingDepth,
    int maxAliasExpansion,
    Map<String, String> terraformVariables,
    List<Path> terraformVariableFiles,
    List<Path> cloudFormationParameterFiles,
    Map<String, String> ansibleExtraVars,
    List<Path> ansibleExtraVarFiles) {

  /** 8 MiB per file, a nesting depth of 200, 100,000 nodes from YAML aliases, and no inputs. */
  public static final ScanSettings DEFAULTS = builder().build();

  public ScanSettings {
    if (maxFileBytes <= 0 || maxNestingDepth <= 0 || maxAliasExpansion <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    terraformVariables = Map.copyOf(terraformVariables);
    terraformVariableFiles = List.copyOf(terraformVariableFiles);
    cloudFormationParameterFiles = List.copyOf(cloudFormationParameterFiles);
    ansibleExtraVars = Map.copyOf(ansibleExtraVars);
    ansibleExtraVarFiles = List.copyOf(ansibleExtraVarFiles);
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScanSettings}. */
  public static final class Builder {
    private long maxFileBytes = 8L << 20;
    private int maxNestingDepth = 200;
    private int maxAliasExpansion = 100_000;
    private final Map<String, String> terraformVariables = new LinkedHashMap<>();
    private final List<Path> terraformVariableFiles = new ArrayList<>();
    private final List<Path> cloudFormationParameterFiles = new ArrayList<>();
    private final Map<String, String> ansibleExtraVars = new LinkedHashMap<>();
    private final List<Path> ansibleExtraVarFiles = new ArrayList<>();

    private Builder() {}

    /** Files larger than {@code bytes} are skipped with a diagnostic. */
    public Builder maxFileBytes(long bytes) {
      this.maxFileBytes = bytes;
      return this;
    }

    /** Nesting deeper than {@code depth} is a diagnostic. */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /** YAML aliases may expand a document to at most {@code nodes} nodes. */
    public Builder maxAliasExpansion(int nodes) {
      this.maxAliasExpansion = nodes;
      return this;
    }

    /** A Terraform variable, as {@code --var NAME=VALUE} gives it. */
    public Builder terraformVariable(String name, String value) {
      terraformVariables.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /** A Terraform variable file, as {@code --var-file FILE} gives it. */
    public Builder terraformVariableFile(Path file) {
      terraformVariableFiles.add(Objects.requireNonNull(file));
      return this;
    }

    /** A CloudFormation parameter file in the AWS CLI's JSON shape. */
    public Builder cloudFormationParameterFile(Path file) {
      cloudFormationParameterFiles.add(Objects.requireNonNull(file));
      return this;
    }

    /** An Ansible extra var. */
    public Builder ansibleExtraVar(String name, String value) {
      ansibleExtraVars.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /** A YAML or JSON file of Ansible extra vars. */
    public Builder ansibleExtraVarFile(Path file) {
      ansibleExtraVarFiles.add(Objects.requireNonNull(file));
      return this;
    }

    /** The settings. */
    public ScanSettings build() {
      return new ScanSettings(maxFileBytes, maxNestingDepth, maxAliasExpansion, terraformVariables,
          terraformVariableFiles, cloudFormationParameterFiles, ansibleExtraVars, ansibleExtraVarFiles);
    }
  }
}
