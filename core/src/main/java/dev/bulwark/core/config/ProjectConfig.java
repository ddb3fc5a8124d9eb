package dev.bulwark.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.bulwark.core.Severity;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.scan.Baseline;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
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
    Path folder = Objects.requireNonNullElse(file.toAbsolutePath().getParent(), Path.of("").toAbsolutePath());
    ObjectMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build();
    try {
      JsonNode tree = mapper.readTree(Files.readString(file));
      FileShape shape = tree == null || tree.isMissingNode() || tree.isNull() ? FileShape.EMPTY
          : mapper.treeToValue(tree, FileShape.class);
      return shape.resolve(folder);
    } catch (UnrecognizedPropertyException e) {
      throw new IOException(file + " is not valid Bulwark settings: unknown key `" + key(e) + "`; the keys there are "
          + e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList(), e);
    } catch (MismatchedInputException e) {
      String at = key(e);
      throw new IOException(file + " is not valid Bulwark settings: " + (at.isEmpty() ? "the file" : "`" + at + "`")
          + " should be " + expected(e.getTargetType()), e);
    } catch (JsonMappingException e) {
      throw new IOException(file + " is not valid Bulwark settings: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new IOException(file + " is not valid YAML" + line + ": " + e.getOriginalMessage().lines().findFirst()
          .orElse(""), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " is not valid Bulwark settings: " + e.getMessage(), e);
    }
  }

  private static String expected(Class<?> type) {
    if (type != null && Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == String.class) {
      return "a single value";
    }
    return "a mapping of keys to values";
  }

  /** The dotted path of the key a mapping error is about, e.g. {@code terraform.var-files}. */
  private static String key(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
  }

  /** Applies the rule selection, file patterns and baseline to {@code scanner}, before the caller's own. */
  public Scanner.Builder applyTo(Scanner.Builder scanner) throws IOException {
    scanner.includes(include).excludes(exclude).enableRules(enable).optInRules(optIn).disableRules(disable);
    if (baseline.isPresent()) {
      scanner.baseline(Baseline.read(baseline.get()));
    }
    return scanner;
  }

  /** Applies the Terraform, CloudFormation and Ansible inputs to {@code settings}, before the caller's own. */
  public ScanSettings.Builder applyTo(ScanSettings.Builder settings) {
    terraform.vars().forEach(settings::terraformVariable);
    terraform.varFiles().forEach(settings::terraformVariableFile);
    cloudformation.parameterFiles().forEach(settings::cloudFormationParameterFile);
    ansible.extraVars().forEach(settings::ansibleExtraVar);
    return settings;
  }

  /** The file as written: kebab-case keys, every one optional. */
  private record FileShape(
      List<String> include,
      List<String> exclude,
      List<String> enable,
      @JsonProperty("opt-in") List<String> optIn,
      List<String> disable,
      @JsonProperty("severity-threshold") String severityThreshold,
      String baseline,
      TerraformShape terraform,
      CloudFormationShape cloudformation,
      AnsibleShape ansible) {
    static final FileShape EMPTY = new FileShape(null, null, null, null, null, null, null, null, null, null);

    ProjectConfig resolve(Path folder) {
      TerraformShape tf = Objects.requireNonNullElse(terraform, new TerraformShape(null, null));
      return new ProjectConfig(folder, list(include), list(exclude), list(enable), list(optIn), list(disable),
          Optional.ofNullable(severityThreshold).map(FileShape::severity),
          Optional.ofNullable(baseline).map(folder::resolve),
          new Terraform(Objects.requireNonNullElse(tf.vars(), Map.of()), paths(folder, tf.varFiles())),
          new CloudFormation(paths(folder, cloudformation == null ? null : cloudformation.parameterFiles())),
          new Ansible(ansible == null || ansible.extraVars() == null ? Map.of() : ansible.extraVars()));
    }

    private static Severity severity(String name) {
      try {
        return Severity.parse(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("severity-threshold must be low, medium, high or critical, not " + name, e);
      }
    }

    private static List<String> list(List<String> values) {
      return values == null ? List.of() : values;
    }

    private static List<Path> paths(Path folder, List<String> values) {
      return list(values).stream().map(folder::resolve).toList();
    }
  }

  private record TerraformShape(Map<String, String> vars, @JsonProperty("var-files") List<String> varFiles) {}

  private record CloudFormationShape(@JsonProperty("parameter-files") List<String> parameterFiles) {}

  private record AnsibleShape(@JsonProperty("extra-vars") Map<String, String> extraVars) {}
}
