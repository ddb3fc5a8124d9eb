package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.models.ProviderModels;
import dev.bulwark.terraform.hcl.Body;
import java.util.Optional;

/**
 * The instances of one {@code module} block in a module instance, and the module it calls: a local module is
 * loaded (once per unit); a registry or remote module is not, which is noted once.
 */
final class ModuleCall extends InstanceGroup<ModuleCallInstance> {
  private final String name;
  private final ModuleSource source;
  private Optional<ModuleDefinition> definition;

  ModuleCall(ModuleInstance module, String name, Body.Block block) {
    super(module, block, module.prefix() + "module." + name);
    this.name = name;
    this.source = ModuleSource.parse(block.body().attribute("source")
        .map(attribute -> module.unit().evaluate(attribute.value(), module.scope()))
        .flatMap(Value::asString).orElse(""));
  }

  @Override
  ModuleCallInstance instance(Expansion.Member member, ResourceId id) {
    return new ModuleCallInstance(this, id, new InstanceScope(module, member.bindings()));
  }

  String name() {
    return name;
  }

  /** The native type of the call's node: the registry address of a known module, else {@code module}. */
  String type() {
    return source.registryAddress().orElse("module");
  }

  /** The module called, when it is local and loads. */
  Optional<ModuleDefinition> definition() {
    if (definition == null) {
      definition = load();
    }
    return definition;
  }

  private Optional<ModuleDefinition> load() {
    UnitReport report = module.unit().report();
    Range at = block.body().attribute("source").map(Body.Attribute::range).orElse(block.header());
    if (!source.isLocal()) {
      String what = source.text().isEmpty() ? "its source is not a literal string"
          : "`" + source.text() + "` is not a local path, and modules are never downloaded";
      report.note(at, "module-not-loaded", "module `" + name + "` is not loaded: " + what + "; " + coverage());
      return Optional.empty();
    }
    return module.unit().loader().load(module.definition(), source.text(), at);
  }

  /** How what a module that is not loaded makes is still checked, if it is. */
  private String coverage() {
    if (module.unit().planBeside()) {
      return "the plan beside the configuration holds what it makes, and is checked";
    }
    return ProviderModels.mapsModule(type()) ? "its inputs are checked against the module's documented defaults"
        : "its resources are not analysed";
  }
}
