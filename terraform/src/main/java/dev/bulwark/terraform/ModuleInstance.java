package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.EvaluationError;
import dev.bulwark.terraform.eval.Operand;
import dev.bulwark.terraform.eval.Relocation;
import dev.bulwark.terraform.eval.TypeConstraint;
import dev.bulwark.terraform.eval.TypeParser;
import dev.bulwark.terraform.hcl.Body;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instance of a module: the root module of a unit, or a module called from another instance (once per
 * {@code count} index or {@code for_each} key of its block). Its variables, locals and outputs are evaluated once,
 * when first read; its addresses start with its prefix ({@code module.a["x"].}).
 *
 * <p>A variable takes the value given by its input (a variable file or the command line for the root module, the
 * module block for a called one), converted to its type; else its default; else it is unknown. A value set at the
 * call site of this instance keeps that location, so that a finding points at the call site.
 */
final class ModuleInstance {
  private record Resolved(Value value, String source, boolean callSite) {}

  private final UnitContext unit;
  private final ModuleDefinition definition;
  private final String prefix;
  private final ModuleInstance parent;
  private final List<Range> callSites;
  private final Input.Inputs inputs;
  private final InstanceScope scope;
  private final Map<String, Cell<Resolved>> variables = new HashMap<>();
  private final Map<String, Cell<Value>> locals = new HashMap<>();
  private final Map<String, Cell<Value>> outputs = new HashMap<>();
  private final Map<String, ResourceGroup> resources = new LinkedHashMap<>();
  private final Map<String, ModuleCall> calls = new LinkedHashMap<>();

  ModuleInstance(UnitContext unit, ModuleDefinition definition, String prefix, ModuleInstance parent,
      List<Range> callSites, Input.Inputs inputs) {
    this.unit = unit;
    this.definition = definition;
    this.prefix = prefix;
    this.parent = parent;
    this.callSites = List.copyOf(callSites);
    this.inputs = inputs;
    this.scope = new InstanceScope(this, Map.of());
    for (ModuleDefinition.ResourceBlock resource : definition.resources()) {
      resources.put(resource.address(), new ResourceGroup(this, resource));
    }
    definition.moduleCalls().forEach((name, block) -> calls.put(name, new ModuleCall(this, name, block)));
  }

  /** The root module instance of a unit. */
  static ModuleInstance root(UnitContext unit, ModuleDefinition definition, Input.Inputs inputs) {
    return new ModuleInstance(unit, definition, "", null, List.of(), inputs);
  }

  UnitContext unit() {
    return unit;
  }

  ModuleDefinition definition() {
    return definition;
  }

  /** The prefix of this instance's addresses: {@code ""} for the root module, else e.g. {@code module.db.}. */
  String prefix() {
    return prefix;
  }

  /** The scope of expressions at the module's top level. */
  InstanceScope scope() {
    return scope;
  }

  int depth() {
    return parent == null ? 0 : parent.depth() + 1;
  }

  /** Whether this instance or one that calls it is an instance of {@code module}. */
  boolean calls(ModuleDefinition module) {
    return definition.directory().equals(module.directory()) || parent != null && parent.calls(module);
  }

  /** The module blocks that led to this instance, outermost first. */
  List<Range> callSites() {
    return callSites;
  }

  boolean isCallSite(Range range) {
    for (Range site : callSites) {
      if (site.contains(range)) {
        return true;
      }
    }
    return false;
  }

  /** The root module's folder on disk: relative paths in {@code file()} start there. */
  Path rootDirectory() {
    return parent == null ? definition.directory() : parent.rootDirectory();
  }

  /** {@code path.module}: this module's folder relative to the root module's. */
  String path() {
    String relative = rootDirectory().relativize(definition.directory()).toString()
        .replace(definition.directory().getFileSystem().getSeparator(), "/");
    return relative.isEmpty() ? "." : relative;
  }

  /** The resource or data source at {@code address}, read at {@code range}. */
  Operand resource(String address, Range range) {
    ResourceGroup group = resources.get(definition.resolve(address, range.file()));
    return group == null ? undeclared(range) : group;
  }

  Collection<ResourceGroup> resources() {
    return resources.values();
  }

  /** The module call {@code name}, read at {@code range}. */
  Operand call(String name, Range range) {
    ModuleCall call = calls.get(definition.resolve("module." + name, range.file()).substring("module.".length()));
    return call == null ? undeclared(range) : call;
  }

  Collection<ModuleCall> calls() {
    return calls.values();
  }

  /** {@code var.NAME}, read at {@code range}. */
  Operand variable(String name, Range range) {
    Body.Block block = definition.variables().get(name);
    if (block == null) {
      return undeclared(range);
    }
    unit.tracker().record(unit.id(prefix + "var." + name), range, false);
    Cell<Resolved> cell = variables.computeIfAbsent(name, key -> new Cell<>());
    Resolved resolved = cell.get(unit.tracker(), (target, at, instance) -> { }, () -> resolve(name, block),
        () -> new Resolved(unit.cycle(block.header(), "`var." + name + "`"), "", false));
    cell.pass(unit.tracker(), range);
    return new Operand.Plain(resolved.value(), resolved.source(), resolved.callSite());
  }

  private Resolved resolve(String name, Body.Block block) {
    TypeConstraint type = type(block);
    boolean nullable = block.body().attribute("nullable")
        .map(attribute -> !unit.evaluate(attribute.value(), scope).isFalse()).orElse(true);
    Optional<Input> input = inputs.get(name);
    if (input.isPresent() && (nullable || !(input.get().value() instanceof NullValue))) {
      return new Resolved(convert(type, input.get().value()), input.get().source(), input.get().callSite());
    }
    String where = parent == null ? "" : " in `" + label() + "`";
    return block.body().attribute("default")
        .map(fallback -> new Resolved(convert(type, unit.evaluate(fallback.value(), scope)),
            "default of `var." + name + "`" + where, false))
        .orElseGet(() -> new Resolved(unit.evaluator().unknown(block.header()),
            "`var." + name + "`" + where + " has no default and no value is given", false));
  }

  /** The type constraint of the variable declared by {@code block}; its defaults are constants, read once. */
  private TypeConstraint type(Body.Block block) {
    return unit.type(block, declared -> declared.body().attribute("type")
        .map(type -> new TypeParser(expression -> unit.evaluate(expression, scope)).parse(type.value()))
        .orElse(TypeConstraint.ANY));
  }

  private Value convert(TypeConstraint type, Value value) {
    try {
      return type.convert(value);
    } catch (EvaluationError e) {
      return unit.evaluator().unknown(value.range());
    }
  }

  /** {@code local.NAME}, read at {@code range}. */
  Operand local(String name, Range range) {
    Body.Attribute local = definition.locals().get(name);
    if (local == null) {
      return undeclared(range);
    }
    ResourceId id = unit.id(prefix + "local." + name);
    unit.tracker().record(id, range, false);
    Cell<Value> cell = locals.computeIfAbsent(name, key -> new Cell<>());
    Value value = cell.get(unit.tracker(), unit.edges(id).at("value"),
        () -> settle(unit.evaluate(local.value(), scope), local.value().range(), local.range()),
        () -> unit.cycle(local.name().range(), "`local." + name + "`"));
    cell.pass(unit.tracker(), range);
    return new Operand.Plain(value, "value of `local." + name + "`" + (parent == null ? "" : " in `" + label() + "`"),
        false);
  }

  /** Output {@code NAME} of this instance, read at {@code range} by the calling module. */
  Operand output(String name, Range range) {
    Body.Block block = definition.outputs().get(name);
    if (block == null) {
      throw new EvaluationError("no output " + name);
    }
    ResourceId id = unit.id(prefix + "output." + name);
    Cell<Value> cell = outputs.computeIfAbsent(name, key -> new Cell<>());
    Value value = cell.get(unit.tracker(), unit.edges(id).at("value"),
        () -> block.body().attribute("value")
            .map(output -> settle(unit.evaluate(output.value(), scope), output.value().range(), block.range()))
            .orElseGet(() -> unit.evaluator().unknown(block.header())),
        () -> unit.cycle(block.header(), "output `" + name + "`"));
    cell.pass(unit.tracker(), range);
    return new Operand.Plain(value, "output `" + name + "` of `" + label() + "`", false);
  }

  /**
   * What a reference to something the module does not declare stands for: unknown, as the scan may not see the
   * whole configuration (a file left out, a module whose source is not loaded).
   */
  Operand undeclared(Range range) {
    return Operand.Plain.of(unit.evaluator().unknown(range));
  }

  /** {@code value} with what lies outside {@code frame} (and outside this instance's call sites) moved in. */
  Value settle(Value value, Range target, Range frame) {
    return Relocation.settle(value, target, range -> frame.contains(range) || isCallSite(range));
  }

  private String label() {
    return prefix.isEmpty() ? "the root module" : prefix.substring(0, prefix.length() - 1);
  }
}
