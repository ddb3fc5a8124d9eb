package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.Operand;
import dev.bulwark.terraform.eval.Scope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names an expression of a module instance can use: {@code var}, {@code local}, {@code module}, {@code data},
 * resource types, {@code path} and {@code terraform}, and those bound for a resource or module instance
 * ({@code count}, {@code each}) or a dynamic block ({@code ingress.value}).
 */
final class InstanceScope implements Scope {
  private final ModuleInstance module;
  private final Map<String, Operand> bound;

  InstanceScope(ModuleInstance module, Map<String, Operand> bound) {
    this.module = module;
    this.bound = Map.copyOf(bound);
  }

  /** This scope with {@code name} bound to {@code operand} as well. */
  InstanceScope with(String name, Operand operand) {
    Map<String, Operand> more = new HashMap<>(bound);
    more.put(name, operand);
    return new InstanceScope(module, more);
  }

  ModuleInstance module() {
    return module;
  }

  @Override
  public Operand root(String name, Range range) {
    Operand operand = bound.get(name);
    if (operand != null) {
      return operand;
    }
    return switch (name) {
      case "var" -> new Namespace(name, module::variable);
      case "local" -> new Namespace(name, module::local);
      case "module" -> new Namespace(name, module::call);
      case "data" -> new Namespace(name, (type, at) ->
          new Namespace("data." + type, (resource, where) -> module.resource("data." + type + "." + resource, where)));
      case "path" -> Operand.Plain.of(object(range, Map.of("module", new StringValue(module.path(), range),
          "root", new StringValue(".", range), "cwd", module.unit().evaluator().unknown(range))));
      case "terraform" -> Operand.Plain.of(object(range,
          Map.of("workspace", module.unit().evaluator().unknown(range))));
      case "count", "each", "self" -> module.undeclared(range);
      default -> new Namespace(name, (resource, at) -> module.resource(name + "." + resource, at));
    };
  }

  private static Value object(Range range, Map<String, Value> fields) {
    return MapValue.of(fields.entrySet().stream().map(e -> new MapEntry(e.getKey(), range, e.getValue())).toList(),
        range);
  }

  @Override
  public boolean isCallSite(Range range) {
    return module.isCallSite(range);
  }

  @Override
  public boolean read(Value value) {
    Optional<ResourceId> instance = module.unit().instanceOf(value);
    instance.ifPresent(id -> module.unit().tracker().record(id, value.range(), true));
    return instance.isPresent();
  }

  @Override
  public void moved(Value original, Value moved) {
    module.unit().instanceOf(original).ifPresent(id -> module.unit().object(moved, id));
  }

  @Override
  public Optional<String> file(String path) {
    return module.unit().files().read(module.rootDirectory(), path);
  }
}
