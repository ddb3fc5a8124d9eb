package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.Operand;
import dev.bulwark.terraform.eval.Values;
import dev.bulwark.terraform.hcl.Body;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instance of a module block: its arguments, evaluated in the calling module with the instance's
 * {@code count.index} or {@code each} bound, and the module instance they are the inputs of. An argument's value
 * is located at the argument ({@code name = value}) when it was written there, so that a finding about a value
 * set by the caller points at the call site.
 */
final class ModuleCallInstance implements InstanceGroup.Instance {
  private final ModuleCall call;
  private final ResourceId id;
  private final InstanceScope scope;
  private final Map<String, Cell<Value>> arguments = new HashMap<>();
  private Optional<ModuleInstance> child;

  ModuleCallInstance(ModuleCall call, ResourceId id, InstanceScope scope) {
    this.call = call;
    this.id = id;
    this.scope = scope;
  }

  @Override
  public ResourceId id() {
    return id;
  }

  /** The value of argument {@code name}; what it was read from is read again by whoever reads it. */
  private Value argument(Body.Attribute argument) {
    String name = argument.name().name();
    UnitContext unit = call.module.unit();
    Edges edges = unit.edges(id);
    Cell<Value> cell = arguments.computeIfAbsent(name, key -> new Cell<>());
    Value value = cell.get(unit.tracker(), edges.at(name), () -> {
      Value settled = new Bodies(call.module, edges, call.block.range()).attribute(argument.value(), scope, name);
      return argument.range().contains(settled.range())
          ? Values.at(settled, argument.range(), settled.origin())
          : settled;
    }, () -> unit.cycle(argument.range(), "argument `" + name + "` of `" + id.address() + "`"));
    cell.pass(unit.tracker(), argument.range());
    return value;
  }

  private Optional<Body.Attribute> input(String name) {
    return Bodies.MODULE_META.contains(name) ? Optional.empty() : call.block.body().attribute(name);
  }

  /**
   * The source, version and arguments, located in the module block. A nested block, which Terraform does not take
   * in a module block, is read as the argument of its name (what its author meant), but is no module input.
   */
  MapValue attributes() {
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    for (String name : List.of("source", "version")) {
      call.block.body().attribute(name).ifPresent(attribute -> entries.put(name, new MapEntry(name,
          attribute.name().range(), call.module.unit().evaluate(attribute.value(), scope))));
    }
    Bodies bodies = new Bodies(call.module, call.module.unit().edges(id), call.block.range());
    Bodies.shape(call.block.body(), Bodies.MODULE_META).forEach((name, items) -> {
      Value value = items.get(0) instanceof Body.Attribute attribute
          ? argument(attribute)
          : bodies.items(name, items, scope, "");
      entries.put(name, new MapEntry(name, Bodies.keyRange(items), value));
    });
    call.block.body().attribute("depends_on").ifPresent(depends ->
        new Bodies(call.module, call.module.unit().edges(id), call.block.range())
            .references(depends.value(), scope, "depends_on"));
    return new MapValue(entries, call.block.range());
  }

  /** The module instance this call makes, when the module is loaded and not nested too deep or in a cycle. */
  Optional<ModuleInstance> child() {
    if (child == null) {
      child = call.definition().flatMap(this::instantiate);
    }
    return child;
  }

  private Optional<ModuleInstance> instantiate(ModuleDefinition definition) {
    ModuleInstance parent = call.module;
    UnitReport report = parent.unit().report();
    if (parent.depth() >= UnitContext.MAX_MODULE_DEPTH) {
      report.warn(call.block.header(), "module-depth", "modules nested deeper than "
          + UnitContext.MAX_MODULE_DEPTH + " are not loaded");
      return Optional.empty();
    }
    if (parent.calls(definition)) {
      report.warn(call.block.header(), "module-cycle", "module `" + call.name() + "` calls itself, directly or "
          + "through other modules, so it is not loaded again");
      return Optional.empty();
    }
    String label = id.address();
    Input.Inputs inputs = name -> input(name).map(argument -> new Input(argument(argument),
        "`var." + name + "` of `" + label + "` is set at the call site", true));
    List<Range> callSites = new ArrayList<>(parent.callSites());
    callSites.add(call.block.range());
    return Optional.of(new ModuleInstance(parent.unit(), definition, label + ".", parent, callSites, inputs));
  }

  @Override
  public Operand attribute(String name, Range range) {
    call.module.unit().tracker().record(id, range, true);
    return child().map(module -> module.output(name, range))
        .orElseGet(() -> Operand.Plain.of(call.module.unit().evaluator().unknown(range)));
  }

  @Override
  public Value value(Range range) {
    UnitContext unit = call.module.unit();
    unit.tracker().record(id, range, true);
    if (child().isEmpty()) {
      return unit.evaluator().unknown(range);
    }
    List<MapEntry> outputs = new ArrayList<>();
    child().get().definition().outputs().keySet().forEach(name -> outputs.add(new MapEntry(name, range,
        ((Operand.Plain) child().get().output(name, range)).value())));
    return unit.object(MapValue.of(outputs, range), id);
  }
}
