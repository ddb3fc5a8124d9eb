package dev.bulwark.terraform;

import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.JsonSyntax;
import dev.bulwark.terraform.hcl.ParseResult;
import java.util.List;

/**
 * The files Terraform reads, told apart by name as Terraform does: configuration in native ({@code .tf}) or JSON
 * ({@code .tf.json}) syntax, and variable definitions ({@code .tfvars}, {@code .tfvars.json}; a variable file given
 * by path is JSON when its name ends in {@code .json}).
 */
final class TerraformFiles {
  private TerraformFiles() {}

  /** Whether {@code path} is a configuration file. */
  static boolean isConfiguration(String path) {
    return path.endsWith(".tf") || path.endsWith(".tf.json");
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
    if (path.endsWith(".tf.json")) {
      return JsonSyntax.configuration(source, settings);
    }
    if (path.endsWith(".json")) {
      return JsonSyntax.variables(source, settings);
    }
    return HclParser.parse(source, settings.maxNestingDepth());
  }
}
