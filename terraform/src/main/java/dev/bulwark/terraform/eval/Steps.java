package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;

/** Attribute and index steps on plain values, as Terraform applies them. */
final class Steps {
  private Steps() {}

  /** {@code target.name}: an unknown target gives itself; a missing attribute is an error. */
  static Value attribute(Value target, String name) {
    if (target instanceof UnknownValue) {
      return target;
    }
    if (target instanceof MapValue map) {
      MapEntry entry = map.entries().get(name);
      if (entry == null) {
        throw new EvaluationError("no attribute \"" + name + "\"");
      }
      return entry.value();
    }
    throw new EvaluationError("a " + Values.typeName(target) + " has no attributes");
  }

  /** {@code target[key]}: unknown when either is unknown; an index out of range or a missing key is an error. */
  static Value index(Value target, Value key) {
    if (target instanceof UnknownValue) {
      return target;
    }
    if (key instanceof UnknownValue) {
      return key;
    }
    if (target instanceof ListValue list) {
      int index = Conversions.integer(key);
      List<Value> items = list.items();
      if (index < 0 || index >= items.size()) {
        throw new EvaluationError("index " + index + " is out of range for " + items.size() + " elements");
      }
      return items.get(index);
    }
    if (target instanceof MapValue map) {
      if (!(key instanceof StringValue || key instanceof NumberValue)) {
        throw new EvaluationError("a map key must be a string");
      }
      String name = Conversions.text(key);
      MapEntry entry = map.entries().get(name);
      if (entry == null) {
        throw new EvaluationError("no element \"" + name + "\"");
      }
      return entry.value();
    }
    throw new EvaluationError("a " + Values.typeName(target) + " cannot be indexed");
  }
}
