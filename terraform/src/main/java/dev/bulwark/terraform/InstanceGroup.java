package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.EvaluationError;
import dev.bulwark.terraform.eval.LazyObject;
import dev.bulwark.terraform.eval.Operand;
import dev.bulwark.terraform.hcl.Body;
import java.util.ArrayList;
import java.util.List;

/**
 * The instances one {@code resource}, {@code data} or {@code module} block makes in a module instance, expanded
 * on first use. As a value it is what Terraform makes of the name: the one instance, a list by {@code count}
 * index, a map by {@code for_each} key, or unknown (reading the instance that stands for all of them).
 */
abstract class InstanceGroup<I extends InstanceGroup.Instance> implements LazyObject {
  /** One instance, a node of the graph. */
  interface Instance extends LazyObject {
    ResourceId id();
  }

  private record Read(ResourceId target, Range range) {}

  final ModuleInstance module;
  final Body.Block block;
  private final String address;
  private final List<Read> meta = new ArrayList<>();
  private Expansion expansion;
  private List<I> instances;
  private boolean expanding;

  /** @param address the address of the block in the unit, before any instance key */
  InstanceGroup(ModuleInstance module, Body.Block block, String address) {
    this.module = module;
    this.block = block;
    this.address = address;
  }

  /** The instance for {@code member}, whose node is {@code id}. */
  abstract I instance(Expansion.Member member, ResourceId id);

  /** The instances, expanded on first call; a cycle through {@code count} or {@code for_each} is an error. */
  List<I> instances() {
    if (instances != null) {
      return instances;
    }
    if (expanding) {
      module.unit().cycle(block.header(), "the count or for_each of `" + address + "`");
      throw new EvaluationError("cycle");
    }
    expanding = true;
    try {
      expansion = module.unit().tracker().into((target, range, instance) -> meta.add(new Read(target, range)),
          () -> Expansion.of(block.body(), module.scope(), module.unit()));
      String path = block.body().attribute("count").isPresent() ? "count" : "for_each";
      List<I> made = new ArrayList<>();
      for (Expansion.Member member : expansion.members()) {
        ResourceId id = module.unit().id(address + member.key().suffix());
        Tracker.Sink sink = module.unit().edges(id).at(path);
        meta.forEach(read -> sink.add(read.target(), read.range(), true));
        made.add(instance(member, id));
      }
      instances = List.copyOf(made);
    } finally {
      expanding = false;
    }
    return instances;
  }

  private Expansion.Mode mode() {
    instances();
    return expansion.mode();
  }

  /** An unknown one of the instances (the one standing for all, when their number is unknown): all are read. */
  private Value unknown(Range range) {
    instances().forEach(instance -> module.unit().tracker().record(instance.id(), range, true));
    return module.unit().evaluator().unknown(range);
  }

  @Override
  public Operand attribute(String name, Range range) {
    return switch (mode()) {
      case SINGLE -> instances().get(0).attribute(name, range);
      case UNKNOWN -> Operand.Plain.of(unknown(range));
      case DISABLED -> throw new EvaluationError("`" + address + "` is not enabled, so it is null");
      default -> throw new EvaluationError("`" + address + "` has several instances: index it");
    };
  }

  @Override
  public Operand index(Value key, Range range) {
    Expansion.Mode mode = mode();
    if (mode == Expansion.Mode.UNKNOWN || !key.isKnown()) {
      return Operand.Plain.of(unknown(range));
    }
    if (mode == Expansion.Mode.SINGLE || mode == Expansion.Mode.DISABLED) {
      return LazyObject.super.index(key, range);
    }
    InstanceKey wanted = mode == Expansion.Mode.COUNT ? InstanceKey.of(asIndex(key))
        : InstanceKey.of(key.asString().orElseThrow(() -> new EvaluationError("a for_each key is a string")));
    for (int i = 0; i < instances().size(); i++) {
      if (expansion.members().get(i).key().equals(wanted)) {
        return instances().get(i);
      }
    }
    throw new EvaluationError("`" + address + "` has no instance " + wanted.suffix());
  }

  private static int asIndex(Value key) {
    if (key instanceof NumberValue || key instanceof StringValue) {
      return key.asNumber().filter(n -> n.stripTrailingZeros().scale() <= 0)
          .orElseThrow(() -> new EvaluationError("a count index is a whole number")).intValue();
    }
    throw new EvaluationError("a count index is a number");
  }

  @Override
  public Value value(Range range) {
    return switch (mode()) {
      case SINGLE -> instances().get(0).value(range);
      case UNKNOWN -> unknown(range);
      case DISABLED -> new NullValue(range);
      case COUNT -> new ListValue(instances().stream().map(instance -> instance.value(range)).toList(), range);
      case FOR_EACH -> {
        List<MapEntry> entries = new ArrayList<>();
        for (int i = 0; i < instances().size(); i++) {
          String key = (String) expansion.members().get(i).key().key();
          entries.add(new MapEntry(key, range, instances().get(i).value(range)));
        }
        yield MapValue.of(entries, range);
      }
    };
  }

  @Override
  public List<Operand> splatItems(Range range) {
    return switch (mode()) {
      case COUNT -> List.copyOf(instances());
      case DISABLED -> List.of();
      case UNKNOWN -> List.of(Operand.Plain.of(unknown(range)));
      case SINGLE -> List.of(instances().get(0));
      case FOR_EACH -> List.of(this);
    };
  }
}
