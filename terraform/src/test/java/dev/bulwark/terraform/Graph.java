package dev.bulwark.terraform;

import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/** Reads a unit's result in tests: resources by address, attribute values by path, references as text. */
record Graph(UnitResult result) {
  Resource resource(String address) {
    return result.resources().stream().filter(r -> r.address().equals(address)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + address + " in " + addresses()));
  }

  List<String> addresses() {
    return result.resources().stream().map(Resource::address).toList();
  }

  /** The value at a dotted path of attributes, e.g. {@code logging.0.target_bucket}. */
  Value value(String address, String path) {
    Value value = resource(address).attributes();
    for (String step : path.split("\\.")) {
      if (step.chars().allMatch(Character::isDigit)) {
        value = value.asList().orElseThrow().get(Integer.parseInt(step));
      } else {
        Optional<Value> next = ((MapValue) value).get(step);
        value = next.orElseThrow(() -> new AssertionError("no " + step + " in " + path + " of " + address));
      }
    }
    return value;
  }

  /** The value as text: a string, number or bool in canonical form, or {@code ?} when unknown. */
  String text(String address, String path) {
    Value value = value(address, path);
    return value.isKnown() ? value.asString().orElse(value.toString()) : "?";
  }

  /** The references as {@code from -attribute-> to}. */
  List<String> references() {
    return result.references().stream()
        .map(r -> r.from().address() + " -" + r.attribute() + "-> " + r.to().address()).toList();
  }
}
