package dev.bulwark.cloudformation;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.List;

/**
 * A value looked up elsewhere (a mapping, a parameter) placed at the call site that looked it up, with the place it
 * came from as the first hop of its origin: a finding then points at the property, and explains the value.
 */
final class Relocated {
  private Relocated() {}

  static Value at(Value value, Range callSite, String from) {
    List<RelatedLocation> origin = List.of(new RelatedLocation(value.range(), from));
    Value moved;
    if (value instanceof StringValue v) {
      moved = new StringValue(v.value(), callSite, v.origin());
    } else if (value instanceof NumberValue v) {
      moved = new NumberValue(v.value(), callSite, v.origin());
    } else if (value instanceof BoolValue v) {
      moved = new BoolValue(v.value(), callSite, v.origin());
    } else if (value instanceof NullValue v) {
      moved = new NullValue(callSite, v.origin());
    } else if (value instanceof ListValue v) {
      moved = new ListValue(v.items(), callSite, v.origin());
    } else if (value instanceof MapValue v) {
      moved = new MapValue(v.entries(), callSite, v.origin());
    } else {
      UnknownValue v = (UnknownValue) value;
      moved = new UnknownValue(v.expression(), callSite, v.origin(), v.alternatives());
    }
    return moved.withOriginPrefix(origin);
  }
}
