package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.Operand;
import dev.bulwark.terraform.eval.Values;
import dev.bulwark.terraform.hcl.Body;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of a resource or data source, with its {@code count.index} or {@code each} bound. Each attribute
 * is evaluated once, when the instance is emitted or first read; reading it ({@code aws_s3_bucket.logs.bucket})
 * records a reference to the instance. An attribute the configuration does not set is computed by the provider,
 * so unknown.
 */
final class ResourceInstance implements InstanceGroup.Instance {
  private final ResourceGroup group;
  private final ResourceId id;
  private final InstanceScope scope;
  private final Map<String, Cell<Value>> cells = new HashMap<>();
  private MapValue attributes;

  ResourceInstance(ResourceGroup group, ResourceId id, InstanceScope scope) {
    this.group = group;
    this.id = id;
    this.scope = scope;
  }

  @Override
  public ResourceId id() {
    return id;
  }

  /** The value of the attribute or nested blocks named {@code name}, which the block sets. */
  private Value value(String name) {
    List<Body.Item> items = group.shape().get(name);
    UnitContext unit = scope.module().unit();
    Edges edges = unit.edges(id);
    return cells.computeIfAbsent(name, key -> new Cell<>()).get(unit.tracker(), edges.at(name),
        () -> new Bodies(scope.module(), edges, group.block.range()).items(name, items, scope, ""),
        () -> unit.cycle(items.get(0).range(), "`" + id.address() + "." + name + "`"));
  }

  /** All attributes, located in the block; evaluated on first call. */
  MapValue attributes() {
    if (attributes == null) {
      Map<String, MapEntry> entries = new LinkedHashMap<>();
      group.shape().forEach((name, items) ->
          entries.put(name, new MapEntry(name, Bodies.keyRange(items), value(name))));
      attributes = new MapValue(entries, group.block.range());
    }
    return attributes;
  }

  /** Records the references of {@code depends_on}, which orders instances but is not an attribute. */
  void readDependsOn() {
    group.block.body().attribute("depends_on").ifPresent(depends ->
        new Bodies(scope.module(), scope.module().unit().edges(id), group.block.range())
            .references(depends.value(), scope, "depends_on"));
  }

  @Override
  public Operand attribute(String name, Range range) {
    UnitContext unit = scope.module().unit();
    unit.tracker().record(id, range, true);
    return group.shape().containsKey(name)
        ? new Operand.Plain(value(name), "`" + id.address() + "." + name + "`", false)
        : Operand.Plain.of(unit.evaluator().unknown(range));
  }

  @Override
  public Value value(Range range) {
    UnitContext unit = scope.module().unit();
    unit.tracker().record(id, range, true);
    return unit.object(Values.at(attributes(), range, List.of()), id);
  }
}
