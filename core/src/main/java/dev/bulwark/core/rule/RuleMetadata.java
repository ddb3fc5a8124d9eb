package dev.bulwark.core.rule;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule's metadata as reporters and documentation use it.
 *
 * @param remediation      what to set, per format ({@code terraform}, {@code cloudformation}, {@code ansible})
 * @param description      the long explanation in Markdown
 * @param enabledByDefault whether the rule runs unless deselected (false: opt-in, runs only when enabled by id)
 */
public record RuleMetadata(
    String id,
    String name,
    String title,
    Severity severity,
    Category category,
    List<String> providers,
    Map<String, String> remediation,
    String description,
    List<String> references,
    List<String> checkov,
    List<String> kics,
    List<String> trivy,
    List<String> cfnNag,
    boolean enabledByDefault) {

  private static final Pattern ID = Pattern.compile("BW[1-9]\\d\\d");
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final ClassValue<RuleMetadata> BY_CLASS = new ClassValue<>() {
    @Override
    protected RuleMetadata computeValue(Class<?> type) {
      return read(type);
    }
  };

  public RuleMetadata {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must be BW and three digits: " + id);
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(id + ": rule name must be kebab-case: " + name);
    }
    if (title.isBlank() || title.endsWith(".")) {
      throw new IllegalArgumentException(id + ": title must be non-blank without a trailing period");
    }
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    providers = List.copyOf(providers);
    remediation = Map.copyOf(remediation);
    Objects.requireNonNull(description, "description");
    references = List.copyOf(references);
    checkov = List.copyOf(checkov);
    kics = List.copyOf(kics);
    trivy = List.copyOf(trivy);
    cfnNag = List.copyOf(cfnNag);
  }

  /** The metadata declared by {@link RuleInfo} on {@code ruleClass}, with the Markdown description beside it. */
  public static RuleMetadata of(Class<?> ruleClass) {
    return BY_CLASS.get(ruleClass);
  }

  /** The formats this rule has remediation for, i.e. the formats it covers. */
  public List<String> formats() {
    return remediation.keySet().stream().sorted().toList();
  }

  private static RuleMetadata read(Class<?> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(type.getName() + " has no @RuleInfo");
    }
    Map<String, String> remediation = new LinkedHashMap<>();
    for (RuleInfo.Remediation fix : info.remediation()) {
      remediation.put(fix.format(), fix.text());
    }
    return new RuleMetadata(info.id(), info.name(), info.title(), info.severity(), info.category(),
        Arrays.asList(info.providers()), remediation, description(type, info.id()),
        Arrays.asList(info.references()), Arrays.asList(info.checkov()), Arrays.asList(info.kics()),
        Arrays.asList(info.trivy()), Arrays.asList(info.cfnNag()), info.enabledByDefault());
  }

  private static String description(Class<?> type, String id) {
    try (InputStream in = type.getResourceAsStream(id + ".md")) {
      if (in == null) {
        throw new IllegalArgumentException(type.getName() + ": missing description " + id + ".md beside the class");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
