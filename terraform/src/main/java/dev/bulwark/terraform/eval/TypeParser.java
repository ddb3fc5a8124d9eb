package dev.bulwark.terraform.eval;

import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a {@code type} expression: {@code string}, {@code list(string)}, {@code object({ a = optional(bool, true)
 * })}, the legacy quoted {@code "string"}, {@code "list"} and {@code "map"}. What it does not understand is
 * {@link TypeConstraint#ANY}, which converts nothing.
 */
public final class TypeParser {
  private final Function<Expression, Value> defaults;

  /** @param defaults evaluates the default of an {@code optional(T, default)} */
  public TypeParser(Function<Expression, Value> defaults) {
    this.defaults = defaults;
  }

  public TypeConstraint parse(Expression type) {
    if (type instanceof Expression.Variable keyword) {
      return switch (keyword.name()) {
        case "string" -> new TypeConstraint.Primitive(TypeConstraint.Primitive.Kind.STRING);
        case "number" -> new TypeConstraint.Primitive(TypeConstraint.Primitive.Kind.NUMBER);
        case "bool" -> new TypeConstraint.Primitive(TypeConstraint.Primitive.Kind.BOOL);
        default -> TypeConstraint.ANY;
      };
    }
    if (type instanceof Expression.Template legacy) {
      return legacy.literal().map(this::legacy).orElse(TypeConstraint.ANY);
    }
    if (type instanceof Expression.FunctionCall call && call.args().size() == 1) {
      Expression arg = call.args().get(0);
      return switch (call.name().name()) {
        case "list" -> new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST, parse(arg));
        case "set" -> new TypeConstraint.Collection(TypeConstraint.Collection.Kind.SET, parse(arg));
        case "map" -> new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP, parse(arg));
        case "object" -> arg instanceof Expression.ObjectCons object ? object(object) : TypeConstraint.ANY;
        case "tuple" -> arg instanceof Expression.Tuple tuple
            ? new TypeConstraint.Tuple(tuple.items().stream().map(this::parse).toList())
            : TypeConstraint.ANY;
        default -> TypeConstraint.ANY;
      };
    }
    return type instanceof Expression.Parens parens ? parse(parens.inner()) : TypeConstraint.ANY;
  }

  private TypeConstraint legacy(String name) {
    return switch (name) {
      case "string" -> new TypeConstraint.Primitive(TypeConstraint.Primitive.Kind.STRING);
      case "list" -> new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST, TypeConstraint.ANY);
      case "map" -> new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP, TypeConstraint.ANY);
      default -> TypeConstraint.ANY;
    };
  }

  private TypeConstraint object(Expression.ObjectCons object) {
    Map<String, TypeConstraint.Attribute> attributes = new LinkedHashMap<>();
    for (Expression.ObjectItem item : object.items()) {
      Optional<String> name = item.key() instanceof Expression.Variable bare
          ? Optional.of(bare.name())
          : item.key() instanceof Expression.Template quoted ? quoted.literal() : Optional.empty();
      if (name.isEmpty()) {
        return TypeConstraint.ANY;
      }
      attributes.put(name.get(), attribute(item.value()));
    }
    return new TypeConstraint.ObjectType(attributes);
  }

  private TypeConstraint.Attribute attribute(Expression type) {
    if (type instanceof Expression.FunctionCall call && call.name().name().equals("optional")
        && !call.args().isEmpty()) {
      List<Expression> args = call.args();
      Optional<Value> fallback = args.size() > 1 ? Optional.of(defaults.apply(args.get(1))) : Optional.empty();
      return new TypeConstraint.Attribute(parse(args.get(0)), true, fallback);
    }
    return new TypeConstraint.Attribute(parse(type), false, Optional.empty());
  }
}
