package dev.bulwark.cloudformation;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import java.util.List;

/**
 * The CloudFormation front end: JSON and YAML templates (SAM included), one template per unit. A file is a template
 * by its content ({@code AWSTemplateFormatVersion}, or {@code Resources} whose entries have an {@code AWS::} type),
 * not its name; other JSON and YAML files are skipped quietly. Terraform's JSON files ({@code .tf.json},
 * {@code .tofu.json}, {@code .tfvars.json}) are left to the Terraform front end.
 */
public final class CloudFormationFrontend implements Frontend {
  /** The format name of CloudFormation resources. */
  public static final String FORMAT = "cloudformation";

  private static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml", ".template");
  private static final List<String> TERRAFORM_JSON = List.of(".tf.json", ".tofu.json", ".tfvars.json");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean claims(String relativePath) {
    return EXTENSIONS.stream().anyMatch(relativePath::endsWith)
        && TERRAFORM_JSON.stream().noneMatch(relativePath::endsWith);
  }

  /** One unit per template, followed by the templates that call it as nested stack. */
  @Override
  public List<AnalysisUnit> group(List<SourceFile> files) {
    return NestedStacks.units(files);
  }

  @Override
  public UnitResult analyze(AnalysisUnit unit, AnalysisContext context) {
    List<SourceFile> files = unit.files();
    return new TemplateAnalysis(files.get(0), files.subList(1, files.size()), context).run();
  }
}
