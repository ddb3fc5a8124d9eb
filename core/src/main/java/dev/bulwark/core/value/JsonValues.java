package dev.bulwark.core.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JSON text read as a value: objects, arrays, strings, numbers, booleans and null, all located at the text. */
public final class JsonValues {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonValues() {}

  /** The value {@code text} encodes, located at {@code at}; empty when the text is not JSON. */
  public static Optional<Value> parse(String text, Range at) {
    try {
      JsonNode node = JSON.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(value(node, at));
    } catch (JsonProcessingException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Value value(JsonNode node, Range at) {
    if (node.isObject()) {
      List<MapEntry> entries = new ArrayList<>();
      node.fields().forEachRemaining(field ->
          entries.add(new MapEntry(field.getKey(), at, value(field.getValue(), at))));
      return MapValue.of(entries, at);
    }
    if (node.isArray()) {
      List<Value> items = new ArrayList<>();
      node.forEach(item -> items.add(value(item, at)));
      return new ListValue(items, at);
    }
    if (node.isNull()) {
      return new NullValue(at);
    }
    if (node.isBoolean()) {
      return new BoolValue(node.booleanValue(), at);
    }
    if (node.isNumber()) {
      return new NumberValue(node.decimalValue(), at);
    }
    return new StringValue(node.asText(), at);
  }
}
