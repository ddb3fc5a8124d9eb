package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Type conversion functions: {@code tostring}, {@code tonumber}, {@code tobool}, {@code tolist}, {@code tomap}. */
final class TypeFunctions {
  private TypeFunctions() {}

  static void register(Map<String, Functions.Builtin> into) {
    into.put("tostring", call -> convert(call, value -> call.text(Conversions.text(value))));
    into.put("tonumber", call -> convert(call, value -> call.number(Conversions.number(value))));
    into.put("tobool", call -> convert(call, value -> call.bool(Conversions.bool(value))));
    into.put("tolist", call -> convert(call, value -> {
      if (value instanceof ListValue) {
        return value;
      }
      throw new EvaluationError("a " + Values.typeName(value) + " is not a list");
    }));
    into.put("tomap", call -> convert(call, value -> {
      if (value instanceof MapValue) {
        return value;
      }
      throw new EvaluationError("a " + Values.typeName(value) + " is not a map");
    }));
    into.put("sensitive", call -> call.arity(1).arg(0));
    into.put("nonsensitive", call -> call.arity(1).arg(0));
  }

  private static Value convert(Call call, UnaryOperator<Value> conversion) {
    Value value = call.arity(1).known(0);
    return value instanceof NullValue ? value : conversion.apply(value);
  }
}
