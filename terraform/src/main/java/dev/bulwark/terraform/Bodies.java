package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.Operand;
import dev.bulwark.terraform.eval.Relocation;
import dev.bulwark.terraform.eval.Values;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the body of a block into located attributes: each attribute's value placed where the user edits it,
 * nested blocks as a list of maps under their type, {@code dynamic} blocks expanded into the blocks they make (an
 * unknown item when their {@code for_each} is unknown). What each attribute reads is recorded as a reference of
 * the node, under the attribute's path ({@code logging.target_bucket}).
 */
final class Bodies {
  /** Meta-arguments of resources: they make instances or order them, and are not attributes of an instance. */
  static final Set<String> RESOURCE_META = Set.of("count", "for_each", "depends_on", "provider", "lifecycle",
      "provisioner", "connection");
  /** Meta-arguments of module blocks, which are not inputs of the module. */
  static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "depends_on", "providers",
      "lifecycle");

  private final UnitContext unit;
  private final ModuleInstance module;
  private final Edges edges;
  private final Range frame;

  /**
   * @param module the module instance the block belongs to
   * @param edges  the references of the node the block declares
   * @param frame  the block's range: values located in it stay, others are moved into it
   */
  Bodies(ModuleInstance module, Edges edges, Range frame) {
    this.unit = module.unit();
    this.module = module;
    this.edges = edges;
    this.frame = frame;
  }

  /** The items of {@code body} by name, in order, without those named in {@code excluded}. */
  static Map<String, List<Body.Item>> shape(Body body, Set<String> excluded) {
    Map<String, List<Body.Item>> shape = new LinkedHashMap<>();
    for (Body.Item item : body.items()) {
      String name = name(item);
      if (!excluded.contains(name)) {
        shape.computeIfAbsent(name, key -> new ArrayList<>()).add(item);
      }
    }
    return shape;
  }

  /** The name an item is merged and evaluated under: an attribute's, a block's type, a dynamic block's label. */
  static String name(Body.Item item) {
    if (item instanceof Body.Attribute attribute) {
      return attribute.name().name();
    }
    Body.Block block = (Body.Block) item;
    return isDynamic(block) ? block.labels().get(0).value() : block.type().name();
  }

  private static boolean isDynamic(Body.Block block) {
    return block.type().name().equals("dynamic") && block.labels().size() == 1;
  }

  /** Where the key of the items named alike is written. */
  static Range keyRange(List<Body.Item> items) {
    Body.Item first = items.get(0);
    if (first instanceof Body.Attribute attribute) {
      return attribute.name().range();
    }
    Body.Block block = (Body.Block) first;
    return isDynamic(block) ? block.labels().get(0).range() : block.type().range();
  }

  /** The value of the items named {@code name}: an attribute's value, or the list of blocks. */
  Value items(String name, List<Body.Item> items, InstanceScope scope, String prefix) {
    String path = prefix + name;
    if (items.get(0) instanceof Body.Attribute attribute) {
      return attribute(attribute.value(), scope, path);
    }
    List<Value> blocks = new ArrayList<>();
    for (Body.Item item : items) {
      if (item instanceof Body.Block block) {
        if (isDynamic(block)) {
          blocks.addAll(dynamic(block, scope, path));
        } else {
          blocks.add(body(block.body(), block.range(), scope, path + "."));
        }
      }
    }
    Range range = items.get(0).range().span(items.get(items.size() - 1).range());
    return new ListValue(blocks, range);
  }

  /** A block's body as a map located at {@code range}. */
  MapValue body(Body body, Range range, InstanceScope scope, String prefix) {
    Map<String, MapEntry> entries = new LinkedHashMap<>();
    shape(body, Set.of()).forEach((name, items) ->
        entries.put(name, new MapEntry(name, keyRange(items), items(name, items, scope, prefix))));
    return new MapValue(entries, range);
  }

  /** The value of {@code expression}, written at {@code path}, placed in the block. */
  Value attribute(Expression expression, InstanceScope scope, String path) {
    Value value = unit.tracker().into(edges.at(path), () -> unit.evaluate(expression, scope));
    return Relocation.settle(value, expression.range(), range -> frame.contains(range) || module.isCallSite(range));
  }

  /** Reads what {@code expression} refers to, as the attribute at {@code path}, without keeping its value. */
  void references(Expression expression, InstanceScope scope, String path) {
    unit.tracker().into(edges.at(path), () -> unit.evaluate(expression, scope));
  }

  private List<Value> dynamic(Body.Block block, InstanceScope scope, String path) {
    Body body = block.body();
    Body.Block content = body.blocks().stream().filter(b -> b.type().name().equals("content")).findFirst()
        .orElse(null);
    Body.Attribute forEach = body.attribute("for_each").orElse(null);
    if (content == null || forEach == null) {
      return List.of(unit.evaluator().unknown(block.range()));
    }
    String iterator = body.attribute("iterator")
        .filter(attribute -> attribute.value() instanceof Expression.Variable)
        .map(attribute -> ((Expression.Variable) attribute.value()).name())
        .orElse(block.labels().get(0).value());
    Value collection = unit.tracker().into(edges.at(path), () -> unit.evaluate(forEach.value(), scope));
    if (!(collection instanceof ListValue || collection instanceof MapValue)) {
      return List.of(unit.evaluator().unknown(block.range()));
    }
    List<Values.Element> elements = Values.elements(collection);
    if (elements.size() > UnitContext.MAX_INSTANCES) {
      unit.report().warn(forEach.range(), "expansion-limit", "a dynamic block of more than "
          + UnitContext.MAX_INSTANCES + " blocks is analysed as one unknown block");
      return List.of(unit.evaluator().unknown(block.range()));
    }
    List<Value> blocks = new ArrayList<>(elements.size());
    for (Values.Element element : elements) {
      MapValue iteration = MapValue.of(List.of(new MapEntry("key", forEach.range(), element.key()),
          new MapEntry("value", forEach.range(), element.value())), forEach.range());
      Operand bound = new Operand.Plain(iteration, "element of the `for_each` of dynamic \"" + iterator + "\"", false);
      blocks.add(body(content.body(), content.range(), scope.with(iterator, bound), path + "."));
    }
    return blocks;
  }
}
