package dev.bulwark.terraform.eval;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A variable's type constraint: converts a value to the type, as Terraform does when a variable is set (a string
 * {@code "false"} to a bool), and fills the defaults of {@code optional()} object attributes. Converted values keep
 * their location; an unknown value stays unknown; a value that does not convert is an {@link EvaluationError}.
 */
public sealed interface TypeConstraint {
  /** No constraint: {@code any}, or no {@code type} at all. */
  TypeConstraint ANY = new Any();

  /** {@code value} converted to this type; an unknown or null value is what it is. */
  default Value convert(Value value) {
    return !value.isKnown() || value instanceof NullValue ? value : convertKnown(value);
  }

  /** A known, non-null {@code value} converted to this type. */
  Value convertKnown(Value value);

  /** Whether this is {@code string}, {@code number} or {@code bool}. */
  default boolean isPrimitive() {
    return this instanceof Primitive;
  }

  /** {@code any}. */
  record Any() implements TypeConstraint {
    @Override
    public Value convertKnown(Value value) {
      return value;
    }
  }

  /** {@code string}, {@code number} or {@code bool}. */
  record Primitive(Kind kind) implements TypeConstraint {
    /** The primitive types. */
    public enum Kind {
      STRING,
      NUMBER,
      BOOL
    }

    @Override
    public Value convertKnown(Value value) {
      List<RelatedLocation> origin = value.origin();
      return switch (kind) {
        case STRING -> new StringValue(Conversions.text(value), value.range(), origin);
        case NUMBER -> new NumberValue(Conversions.number(value), value.range(), origin);
        case BOOL -> new BoolValue(Conversions.bool(value), value.range(), origin);
      };
    }
  }

  /** {@code list(T)}, {@code set(T)} or {@code map(T)}. */
  record Collection(Kind kind, TypeConstraint element) implements TypeConstraint {
    /** The collection types. */
    public enum Kind {
      LIST,
      SET,
      MAP
    }

    @Override
    public Value convertKnown(Value value) {
      if (kind == Kind.MAP) {
        MapValue map = asMap(value);
        Map<String, MapEntry> entries = new LinkedHashMap<>();
        map.entries().forEach((key, entry) ->
            entries.put(key, new MapEntry(key, entry.keyRange(), element.convert(entry.value()))));
        return new MapValue(entries, map.range(), map.origin());
      }
      if (!(value instanceof ListValue list)) {
        throw new EvaluationError("a " + Values.typeName(value) + " is not a list");
      }
      List<Value> items = new ArrayList<>(list.items().size());
      list.items().forEach(item -> items.add(element.convert(item)));
      boolean distinct = kind == Kind.SET && items.stream().allMatch(Values::whollyKnown);
      return new ListValue(distinct ? SetFunctions.ordered(SetFunctions.distinct(items)) : items, list.range(),
          list.origin());
    }
  }

  /** {@code object({...})}, with {@code optional()} attributes and their defaults. */
  record ObjectType(Map<String, Attribute> attributes) implements TypeConstraint {
    public ObjectType {
      attributes = Map.copyOf(attributes);
    }

    @Override
    public Value convertKnown(Value value) {
      MapValue map = asMap(value);
      Map<String, MapEntry> entries = new LinkedHashMap<>();
      for (MapEntry entry : map.entries().values()) {
        Attribute attribute = attributes.get(entry.key());
        if (attribute != null) {
          Value given = entry.value();
          Value converted = given instanceof NullValue && attribute.fallback().isPresent()
              ? attribute.type().convert(attribute.fallback().get())
              : attribute.type().convert(given);
          entries.put(entry.key(), new MapEntry(entry.key(), entry.keyRange(), converted));
        }
      }
      attributes.forEach((name, attribute) -> {
        if (!entries.containsKey(name)) {
          if (!attribute.optional()) {
            throw new EvaluationError("the attribute \"" + name + "\" is required");
          }
          Value fallback = attribute.fallback().map(v -> attribute.type().convert(v))
              .orElseGet(() -> new NullValue(map.range()));
          entries.put(name, new MapEntry(name, map.range(), fallback));
        }
      });
      return new MapValue(entries, map.range(), map.origin());
    }
  }

  /** {@code tuple([...])}. */
  record Tuple(List<TypeConstraint> elements) implements TypeConstraint {
    public Tuple {
      elements = List.copyOf(elements);
    }

    @Override
    public Value convertKnown(Value value) {
      if (!(value instanceof ListValue list) || list.items().size() != elements.size()) {
        throw new EvaluationError("the value does not match the tuple type");
      }
      List<Value> items = new ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        items.add(elements.get(i).convert(list.items().get(i)));
      }
      return new ListValue(items, list.range(), list.origin());
    }
  }

  /**
   * An attribute of an object type.
   *
   * @param optional whether it may be left out ({@code optional(T)})
   * @param fallback the default of {@code optional(T, default)}, used when it is left out or null
   */
  record Attribute(TypeConstraint type, boolean optional, Optional<Value> fallback) {}

  private static MapValue asMap(Value value) {
    if (value instanceof MapValue map) {
      return map;
    }
    throw new EvaluationError("a " + Values.typeName(value) + " is not a map or object");
  }
}
