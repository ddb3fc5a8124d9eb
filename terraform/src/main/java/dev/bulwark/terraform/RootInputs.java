package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.Relocation;
import dev.bulwark.terraform.eval.Scope;
import dev.bulwark.terraform.eval.TypeParser;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.ParseResult;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a deployment gives the root module's variables, in Terraform's order of precedence (later wins):
 * {@code terraform.tfvars}, then {@code *.auto.tfvars} by name, then each {@code --var-file} in order, then each
 * {@code --var}. A {@code --var} value is a string when the variable's type is a primitive or not given, and is
 * read as an HCL expression otherwise, as Terraform reads {@code -var}. Values for undeclared variables are ignored.
 */
final class RootInputs {
  private final UnitContext unit;
  private final ModuleDefinition root;
  private final Map<String, Input> inputs = new HashMap<>();

  private RootInputs(UnitContext unit, ModuleDefinition root) {
    this.unit = unit;
    this.root = root;
  }

  /**
   * The inputs of {@code root}, from the unit's variable files {@code tfvars} and the scan's settings; a
   * {@code --var-file} is read once per scan ({@code context}).
   */
  static Input.Inputs of(UnitContext unit, ModuleDefinition root, List<ParsedFile> tfvars, AnalysisContext context) {
    RootInputs inputs = new RootInputs(unit, root);
    TerraformFiles.DEFAULT_VARIABLES.forEach(name ->
        tfvars.stream().filter(file -> file.name().equals(name)).forEach(inputs::file));
    tfvars.stream().filter(file -> TerraformFiles.isAutoLoaded(file.name()))
        .sorted(Comparator.comparing(ParsedFile::name)).forEach(inputs::file);
    unit.settings().terraformVariableFiles()
        .forEach(path -> inputs.variableFile(VariableFile.of(path, context)));
    unit.settings().terraformVariables().forEach(inputs::commandLine);
    return name -> Optional.ofNullable(inputs.inputs.get(name));
  }

  private void file(ParsedFile file) {
    for (Body.Attribute attribute : file.body().attributes()) {
      String name = attribute.name().name();
      if (root.variables().containsKey(name)) {
        inputs.put(name, new Input(unit.evaluator().evaluate(attribute.value(), Scope.NONE),
            "`var." + name + "` is set in " + file.name(), false));
      }
    }
  }

  private void variableFile(VariableFile variables) {
    variables.diagnostics().forEach(unit.report()::add);
    variables.file().ifPresent(parsed -> {
      if (variables.inside()) {
        unit.report().source(parsed.source());
      }
      file(parsed);
    });
  }

  private void commandLine(String name, String text) {
    Body.Block block = root.variables().get(name);
    if (block == null) {
      return;
    }
    Range at = block.header();
    boolean literal = block.body().attribute("type")
        .map(type -> new TypeParser(e -> unit.evaluator().evaluate(e, Scope.NONE)).parse(type.value()).isPrimitive())
        .orElse(true);
    Value value = literal ? new StringValue(text, at) : expression(name, text, at);
    inputs.put(name, new Input(value, "`var." + name + "` is set with --var on the command line", false));
  }

  /** A {@code --var} value read as an HCL expression, located at the variable's declaration. */
  private Value expression(String name, String text, Range at) {
    ParseResult parsed = HclParser.parse(SourceText.of("--var " + name, "v = " + text + "\n"),
        unit.settings().maxNestingDepth());
    return parsed.body().flatMap(body -> body.attribute("v"))
        .map(attribute -> Relocation.everywhere(unit.evaluator().evaluate(attribute.value(), Scope.NONE), at))
        .orElseGet(() -> unit.evaluator().unknown(at));
  }
}
