package dev.bulwark.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.bulwark.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@code .bulwark.yaml} with Jackson's YAML databind into the shape it is written in (kebab-case keys, every
 * one optional, a single value accepted for a list), then resolves it into a {@link ProjectConfig}; a file that is
 * not valid fails with a message that names the file, the key and what it should be.
 */
final class ProjectConfigFile {
  private static final ObjectMapper MAPPER = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .build();

  private ProjectConfigFile() {}

  static ProjectConfig read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("the settings file " + file + " does not exist");
    }
    Path folder = Objects.requireNonNullElse(file.toAbsolutePath().getParent(), Path.of("").toAbsolutePath());
    try {
      JsonNode tree = MAPPER.readTree(Files.readString(file));
      FileShape shape = tree == null || tree.isMissingNode() || tree.isNull() ? FileShape.EMPTY
          : MAPPER.treeToValue(tree, FileShape.class);
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
        .map(reference -> reference.getFieldName() != null
            ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
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
          new ProjectConfig.Terraform(Objects.requireNonNullElse(tf.vars(), Map.of()), paths(folder, tf.varFiles())),
          new ProjectConfig.CloudFormation(
              paths(folder, cloudformation == null ? null : cloudformation.parameterFiles())),
          new ProjectConfig.Ansible(ansible == null || ansible.extraVars() == null ? Map.of() : ansible.extraVars()));
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
