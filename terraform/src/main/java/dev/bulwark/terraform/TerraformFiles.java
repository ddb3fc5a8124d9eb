package dev.bulwark.terraform;

import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.JsonSyntax;
import dev.bulwark.terraform.hcl.ParseResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files Terraform and OpenTofu read, told apart by name as they do: configuration in native ({@code .tf}, and
 * OpenTofu's {@code .tofu}) or JSON ({@code .tf.json}, {@code .tofu.json}) syntax, and variable definitions
 * ({@code .tfvars}, {@code .tfvars.json}; a variable file given by path is JSON when its name ends in {@code .json}).
 */
final class TerraformFiles {
  private static final String TOFU = ".tofu";

  private TerraformFiles() {}

  /** Whether {@code path} is a configuration file. */
  static boolean isConfiguration(String path) {
    return path.endsWith(".tf") || path.endsWith(".tf.json") || path.endsWith(TOFU) || path.endsWith(".tofu.json");
  }

  /**
   * The configuration files among {@code names} (the files of one folder) that OpenTofu does not read, each with the
   * file it reads in its place: {@code x.tf} when there is an {@code x.tofu}, {@code x.tf.json} when there is an
   * {@code x.tofu.json}. Terraform reads no {@code .tofu} file, so a folder that has one is written for OpenTofu.
   */
  static Map<String, String> shadowed(Collection<String> names) {
    Set<String> present = Set.copyOf(names);
    Map<String, String> shadowed = new TreeMap<>();
    for (String name : present) {
      int extension = name.endsWith(".tf") ? name.length() - ".tf".length()
          : name.endsWith(".tf.json") ? name.length() - ".tf.json".length() : -1;
      if (extension >= 0) {
        String tofu = name.substring(0, extension) + TOFU + name.substring(extension + ".tf".length());
        if (present.contains(tofu)) {
          shadowed.put(name, tofu);
        }
      }
    }
    return shadowed;
  }

  /** Whether {@code path} is a variable definitions file. */
  static boolean isVariables(String path) {
    return path.endsWith(".tfvars") || path.endsWith(".tfvars.json");
  }

  /** The variable files Terraform loads first, in its order. */
  static final List<String> DEFAULT_VARIABLES = List.of("terraform.tfvars", "terraform.tfvars.json");

  /** Whether Terraform loads the variable file {@code name} after the defaults (in name order). */
  static boolean isAutoLoaded(String name) {
    return name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
  }

  /** Parses {@code source} in the syntax its name says. */
  static ParseResult parse(SourceText source, ScanSettings settings) {
    String path = source.path();
    if (path.endsWith(".tf.json") || path.endsWith(".tofu.json")) {
      return JsonSyntax.configuration(source, settings);
    }
    if (path.endsWith(".json")) {
      return JsonSyntax.variables(source, settings);
    }
    return HclParser.parse(source, settings.maxNestingDepth());
  }
}
