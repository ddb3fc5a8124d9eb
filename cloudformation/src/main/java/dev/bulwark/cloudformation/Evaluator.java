package dev.bulwark.cloudformation;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.model.Truth;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates template nodes into located values, resolving intrinsic functions over known values: {@code Ref} to a
 * parameter takes its value, {@code Fn::If} follows a decidable condition (and keeps both reachable branches of an
 * undecidable one), {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::FindInMap}
 * and {@code Fn::Base64} compute. Pseudo parameters, resource attributes and imports are unknown; references to
 * resources are reported to a {@link References} sink.
 */
final class Evaluator {
  private static final int MAX_EXPRESSION_TEXT = 200;
  private static final Set<String> OPAQUE = Set.of("Fn::GetAZs", "Fn::ImportValue", "Fn::Cidr", "Fn::Transform",
      "Fn::Length", "Fn::ToJsonString");
  private static final Set<String> CONDITIONS = Set.of("Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition");

  private final TemplateSections sections;
  private final SourceText source;
  private final ConditionEvaluator conditions;
  private final List<Diagnostic> diagnostics;
  private final Set<String> reportedUnsupported = new HashSet<>();
  private final Set<String> reportedUnresolved = new HashSet<>();

  Evaluator(TemplateSections sections, SourceText source, List<Diagnostic> diagnostics) {
    this.sections = sections;
    this.source = source;
    this.diagnostics = diagnostics;
    this.conditions = new ConditionEvaluator(sections, this, diagnostics);
  }

  ConditionEvaluator conditions() {
    return conditions;
  }

  /** The value of {@code node}, written in the attribute at {@code path}. */
  Value evaluate(DocNode node, String path, References references) {
    Optional<Call> call = Call.of(node, false);
    if (call.isPresent()) {
      return call(call.get(), path, references);
    }
    if (node instanceof DocNode.Scalar scalar) {
      return scalar(scalar);
    }
    if (node instanceof DocNode.Sequence sequence) {
      List<Value> items = new ArrayList<>();
      for (int i = 0; i < sequence.items().size(); i++) {
        items.add(evaluate(sequence.items().get(i), path + "[" + i + "]", references));
      }
      return new ListValue(items, sequence.range());
    }
    DocNode.Mapping mapping = (DocNode.Mapping) node;
    List<MapEntry> entries = new ArrayList<>();
    for (DocNode.Entry entry : mapping.entries()) {
      TemplateSections.name(entry).ifPresent(key -> entries.add(new MapEntry(key, entry.key().range(),
          evaluate(entry.value(), path.isEmpty() ? key : path + "." + key, references))));
    }
    return MapValue.of(entries, mapping.range());
  }

  private static Value scalar(DocNode.Scalar scalar) {
    return switch (scalar.kind()) {
      case NULL -> new NullValue(scalar.range());
      case BOOLEAN -> switch (scalar.text().toLowerCase(Locale.ROOT)) {
        case "true" -> new BoolValue(true, scalar.range());
        case "false" -> new BoolValue(false, scalar.range());
        default -> new StringValue(scalar.text(), scalar.range());
      };
      case INTEGER, FLOAT -> scalar.number().<Value>map(number -> new NumberValue(number, scalar.range()))
          .orElseGet(() -> new StringValue(scalar.text(), scalar.range()));
      case STRING -> new StringValue(scalar.text(), scalar.range());
    };
  }


  private Value call(Call call, String path, References references) {
    String function = call.function();
    if (CONDITIONS.contains(function)) {
      Truth truth = conditions.expression(call.node());
      return truth == Truth.UNKNOWN ? unknown(call) : new BoolValue(truth == Truth.TRUE, call.node().range());
    }
    if (OPAQUE.contains(function)) {
      evaluate(call.argument(), path, references);
      return unknown(call);
    }
    return switch (function) {
      case "Ref" -> ref(call, path, references);
      case "Fn::GetAtt" -> getAtt(call, path, references);
      case "Fn::Sub" -> new Substitution(this, sections, call, path, references).value();
      case "Fn::Join" -> join(call, path, references);
      case "Fn::Select" -> select(call, path, references);
      case "Fn::Split" -> split(call, path, references);
      case "Fn::FindInMap" -> findInMap(call, path, references);
      case "Fn::If" -> choice(call, path, references);
      case "Fn::Base64" -> base64(call, path, references);
      default -> unsupported(call);
    };
  }

  private Value ref(Call call, String path, References references) {
    if (!(call.argument() instanceof DocNode.Scalar name)) {
      return unknown(call);
    }
    Range at = call.node().range();
    if (name.text().equals("AWS::NoValue")) {
      return new NullValue(at);
    }
    Optional<Parameter> parameter = sections.parameter(name.text());
    if (parameter.isPresent()) {
      return parameter.get().resolve(at).orElseGet(() -> unknown(call));
    }
    if (sections.isResource(name.text())) {
      references.refer(name.text(), path, at);
    } else if (!name.text().startsWith("AWS::") && !sections.transformed() && reportedUnresolved.add(name.text())) {
      diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "unresolved-reference", "`Ref " + name.text()
          + "` names no parameter or resource of this template (CloudFormation rejects the template as it is); its "
          + "value is unknown", at));
    }
    return unknown(call);
  }

  private Value getAtt(Call call, String path, References references) {
    Optional<String> resource = Optional.empty();
    if (call.argument() instanceof DocNode.Scalar scalar) {
      resource = Optional.of(scalar.text().split("\\.", 2)[0]);
    } else if (call.argument() instanceof DocNode.Sequence sequence && !sequence.items().isEmpty()
        && sequence.items().get(0) instanceof DocNode.Scalar first) {
      resource = Optional.of(first.text());
    }
    resource.filter(sections::isResource).ifPresent(id -> references.refer(id, path, call.node().range()));
    return unknown(call);
  }

  private Value join(Call call, String path, References references) {
    List<Value> arguments = arguments(call, path, references);
    if (arguments.size() != 2) {
      return unknown(call);
    }
    Optional<String> delimiter = arguments.get(0).asString();
    Optional<List<Value>> items = arguments.get(1).asList();
    if (delimiter.isEmpty() || items.isEmpty()) {
      return unknown(call);
    }
    List<String> parts = new ArrayList<>();
    for (Value item : items.get()) {
      if (item instanceof NullValue) {
        continue;
      }
      Optional<String> text = item.asString();
      if (text.isEmpty()) {
        return unknown(call);
      }
      parts.add(text.get());
    }
    return new StringValue(String.join(delimiter.get(), parts), call.node().range());
  }

  private Value select(Call call, String path, References references) {
    List<Value> arguments = arguments(call, path, references);
    if (arguments.size() != 2) {
      return unknown(call);
    }
    Optional<BigDecimal> index = arguments.get(0).asNumber();
    Optional<List<Value>> items = arguments.get(1).asList();
    if (index.isEmpty() || items.isEmpty()) {
      return unknown(call);
    }
    int position = index.get().intValue();
    return position >= 0 && position < items.get().size() ? items.get().get(position) : unknown(call);
  }

  private Value split(Call call, String path, References references) {
    List<Value> arguments = arguments(call, path, references);
    if (arguments.size() != 2) {
      return unknown(call);
    }
    Optional<String> delimiter = arguments.get(0).asString().filter(text -> !text.isEmpty());
    Optional<String> text = arguments.get(1).asString();
    if (delimiter.isEmpty() || text.isEmpty()) {
      return unknown(call);
    }
    Range at = call.node().range();
    List<Value> parts = new ArrayList<>();
    int start = 0;
    for (int found = text.get().indexOf(delimiter.get()); found >= 0;
        found = text.get().indexOf(delimiter.get(), start)) {
      parts.add(new StringValue(text.get().substring(start, found), at));
      start = found + delimiter.get().length();
    }
    parts.add(new StringValue(text.get().substring(start), at));
    return new ListValue(parts, at);
  }

  private Value findInMap(Call call, String path, References references) {
    List<Value> arguments = arguments(call, path, references);
    if (arguments.size() < 3) {
      return unknown(call);
    }
    Optional<String> map = arguments.get(0).asString();
    Optional<String> top = arguments.get(1).asString();
    Optional<String> second = arguments.get(2).asString();
    if (map.isEmpty() || top.isEmpty() || second.isEmpty()) {
      return unknown(call);
    }
    return sections.mapping(map.get(), top.get(), second.get())
        .map(node -> Relocated.at(evaluate(node, path, references), call.node().range(),
            "value in mapping `" + map.get() + "`"))
        .orElseGet(() -> unknown(call));
  }

  private Value choice(Call call, String path, References references) {
    if (!(call.argument() instanceof DocNode.Sequence sequence) || sequence.items().size() != 3
        || !(sequence.items().get(0) instanceof DocNode.Scalar name)) {
      return unknown(call);
    }
    Truth truth = conditions.named(name.text());
    Value whenTrue = evaluate(sequence.items().get(1), path, references);
    Value whenFalse = evaluate(sequence.items().get(2), path, references);
    String condition = "condition `" + name.text() + "` is ";
    if (truth == Truth.UNKNOWN) {
      return new UnknownValue(expression(call.node()), call.node().range(), List.of(), List.of(
          new UnknownValue.Alternative(condition + "true", whenTrue),
          new UnknownValue.Alternative(condition + "false", whenFalse)));
    }
    boolean taken = truth == Truth.TRUE;
    Range definition = sections.condition(name.text()).map(entry -> entry.key().range()).orElse(name.range());
    return (taken ? whenTrue : whenFalse)
        .withOriginPrefix(List.of(new RelatedLocation(definition, condition + taken)));
  }

  private Value base64(Call call, String path, References references) {
    Value text = evaluate(call.argument(), path, references);
    return text.asString()
        .<Value>map(plain -> new StringValue(
            Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8)), call.node().range()))
        .orElseGet(() -> unknown(call));
  }

  private Value unsupported(Call call) {
    String name = call.node().tag().orElse(call.function());
    if (reportedUnsupported.add(name)) {
      diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "unsupported-intrinsic",
          "`" + name + "` is not a CloudFormation intrinsic function; its value is unknown", call.node().range()));
    }
    return unknown(call);
  }

  private List<Value> arguments(Call call, String path, References references) {
    return call.argument() instanceof DocNode.Sequence sequence
        ? sequence.items().stream().map(item -> evaluate(item, path, references)).toList()
        : List.of();
  }

  UnknownValue unknown(Call call) {
    return new UnknownValue(expression(call.node()), call.node().range());
  }

  private String expression(DocNode node) {
    String text = source.text(node.range());
    return text.length() <= MAX_EXPRESSION_TEXT ? text : text.substring(0, MAX_EXPRESSION_TEXT) + "...";
  }
}
