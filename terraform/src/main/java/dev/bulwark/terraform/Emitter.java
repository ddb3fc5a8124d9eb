package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.Operand;
import dev.bulwark.terraform.hcl.Body;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the instances of a root's modules into the graph's nodes: the root module's variables, locals, outputs and
 * providers, and each module call instance, resource and data source instance in every module instance, the root
 * first; then the references their evaluation recorded. A called module's variables, locals and outputs are
 * evaluated where they are read, and are not nodes of their own: there are as many of them as instances, and what
 * they pass on is recorded as references between the nodes that read and are read.
 */
final class Emitter {
  private final UnitContext unit;
  private final List<Resource> resources = new ArrayList<>();

  Emitter(UnitContext unit) {
    this.unit = unit;
  }

  List<Resource> resources() {
    return resources;
  }

  /** The references between the emitted nodes (and to nodes that were not emitted, which the graph drops). */
  List<Reference> references() {
    List<Reference> references = new ArrayList<>();
    resources.forEach(resource -> references.addAll(unit.edges(resource.id()).references()));
    return references;
  }

  /** Emits the root module instance and, through its module calls, every instance it makes. */
  void emitRoot(ModuleInstance root) {
    root.definition().variables().forEach((name, block) -> variable(root, name, block));
    root.definition().locals().forEach((name, local) -> {
      Value value = ((Operand.Plain) root.local(name, local.range())).value();
      MapValue attributes = new MapValue(Map.of("value", new MapEntry("value", local.name().range(), value)),
          local.range());
      add(unit.id("local." + name), ResourceKind.LOCALS, "local", local.name().range(), attributes);
    });
    root.definition().outputs().forEach((name, block) -> output(root, name, block));
    root.definition().providers().forEach(block -> provider(root, block));
    emit(root);
  }

  private void emit(ModuleInstance module) {
    for (ModuleCall call : module.calls()) {
      for (ModuleCallInstance instance : call.instances()) {
        add(instance.id(), ResourceKind.MODULE_CALL, call.type(), call.block.header(), instance.attributes());
        instance.child().ifPresent(this::emit);
      }
    }
    for (ResourceGroup group : module.resources()) {
      for (ResourceInstance instance : group.instances()) {
        MapValue attributes = instance.attributes();
        instance.readDependsOn();
        add(instance.id(), group.kind(), group.declaration().type(), group.block.header(), attributes);
      }
    }
  }

  private void variable(ModuleInstance module, String name, Body.Block block) {
    ResourceId id = unit.id("var." + name);
    Body body = new Body(block.body().items().stream()
        .filter(item -> !(item instanceof Body.Block nested && nested.type().name().equals("validation")))
        .filter(item -> !(item instanceof Body.Attribute attribute && attribute.name().name().equals("type")))
        .toList(), block.body().range());
    MapValue evaluated = new Bodies(module, unit.edges(id), block.range())
        .body(body, block.range(), module.scope(), "");
    Map<String, MapEntry> entries = new LinkedHashMap<>(evaluated.entries());
    block.body().attribute("type").ifPresent(type -> entries.put("type", new MapEntry("type", type.name().range(),
        new StringValue(unit.report().text(type.value().range()), type.value().range()))));
    add(id, ResourceKind.INPUT, "variable", block.header(), new MapValue(entries, block.range()));
  }

  private void output(ModuleInstance module, String name, Body.Block block) {
    ResourceId id = unit.id("output." + name);
    Body body = new Body(block.body().items().stream().filter(item -> !isOneOf(item, Set.of("value", "depends_on",
        "precondition"))).toList(), block.body().range());
    MapValue evaluated = new Bodies(module, unit.edges(id), block.range())
        .body(body, block.range(), module.scope(), "");
    Map<String, MapEntry> entries = new LinkedHashMap<>(evaluated.entries());
    block.body().attribute("value").ifPresent(value -> entries.put("value", new MapEntry("value",
        value.name().range(), ((Operand.Plain) module.output(name, value.range())).value())));
    add(id, ResourceKind.OUTPUT, "output", block.header(), new MapValue(entries, block.range()));
  }

  private void provider(ModuleInstance module, Body.Block block) {
    String name = block.labels().get(0).value();
    String address = block.body().attribute("alias")
        .flatMap(alias -> unit.evaluate(alias.value(), module.scope()).asString())
        .map(alias -> "provider." + name + "." + alias).orElse("provider." + name);
    ResourceId id = unit.id(address);
    MapValue attributes = new Bodies(module, unit.edges(id), block.range())
        .body(block.body(), block.range(), module.scope(), "");
    add(id, ResourceKind.PROVIDER, name, block.header(), attributes);
  }

  private static boolean isOneOf(Body.Item item, Set<String> names) {
    String name = item instanceof Body.Attribute attribute
        ? attribute.name().name()
        : ((Body.Block) item).type().name();
    return names.contains(name);
  }

  private void add(ResourceId id, ResourceKind kind, String type, Range range, MapValue attributes) {
    resources.add(new Resource(id, TerraformFrontend.FORMAT, kind, type, range, attributes));
  }
}
