package dev.bulwark.cloudformation;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.model.Truth;
import dev.bulwark.core.value.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides conditions three-valued: {@code Fn::Equals} over known values, {@code Fn::And}, {@code Fn::Or},
 * {@code Fn::Not} and {@code Condition}. A parameter without a known value is still bounded by its
 * {@code AllowedValues}: comparing it with a value it cannot take is false. Named conditions are decided once;
 * a cycle is unknown and a diagnostic.
 */
final class ConditionEvaluator {
  private final TemplateSections sections;
  private final Evaluator evaluator;
  private final List<Diagnostic> diagnostics;
  private final Map<String, Truth> decided = new HashMap<>();
  private final Set<String> deciding = new HashSet<>();

  ConditionEvaluator(TemplateSections sections, Evaluator evaluator, List<Diagnostic> diagnostics) {
    this.sections = sections;
    this.evaluator = evaluator;
    this.diagnostics = diagnostics;
  }

  /** The truth of the named condition; unknown when it is not declared. */
  Truth named(String name) {
    Truth known = decided.get(name);
    if (known != null) {
      return known;
    }
    Optional<DocNode.Entry> declaration = sections.condition(name);
    if (declaration.isEmpty()) {
      return Truth.UNKNOWN;
    }
    if (!deciding.add(name)) {
      diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "condition-cycle",
          "condition `" + name + "` depends on itself; it is unknown", declaration.get().key().range()));
      return Truth.UNKNOWN;
    }
    Truth truth = expression(declaration.get().value());
    deciding.remove(name);
    decided.put(name, truth);
    return truth;
  }

  /** The truth of a condition expression. */
  Truth expression(DocNode node) {
    Optional<Call> call = Call.of(node, true);
    if (call.isEmpty()) {
      return Truth.UNKNOWN;
    }
    List<DocNode> arguments = call.get().argument() instanceof DocNode.Sequence sequence
        ? sequence.items()
        : List.of(call.get().argument());
    return switch (call.get().function()) {
      case "Fn::Equals" -> arguments.size() == 2 ? equals(arguments.get(0), arguments.get(1)) : Truth.UNKNOWN;
      case "Fn::And" -> all(arguments);
      case "Fn::Or" -> any(arguments);
      case "Fn::Not" -> arguments.size() == 1 ? not(expression(arguments.get(0))) : Truth.UNKNOWN;
      case "Condition" -> call.get().argument() instanceof DocNode.Scalar name ? named(name.text()) : Truth.UNKNOWN;
      default -> Truth.UNKNOWN;
    };
  }

  private Truth all(List<DocNode> operands) {
    Truth result = Truth.TRUE;
    for (DocNode operand : operands) {
      Truth truth = expression(operand);
      if (truth == Truth.FALSE) {
        return Truth.FALSE;
      }
      if (truth == Truth.UNKNOWN) {
        result = Truth.UNKNOWN;
      }
    }
    return result;
  }

  private Truth any(List<DocNode> operands) {
    Truth result = Truth.FALSE;
    for (DocNode operand : operands) {
      Truth truth = expression(operand);
      if (truth == Truth.TRUE) {
        return Truth.TRUE;
      }
      if (truth == Truth.UNKNOWN) {
        result = Truth.UNKNOWN;
      }
    }
    return result;
  }

  private static Truth not(Truth truth) {
    return switch (truth) {
      case TRUE -> Truth.FALSE;
      case FALSE -> Truth.TRUE;
      case UNKNOWN -> Truth.UNKNOWN;
    };
  }

  private Truth equals(DocNode left, DocNode right) {
    Optional<String> a = scalar(evaluator.evaluate(left, "", References.NONE));
    Optional<String> b = scalar(evaluator.evaluate(right, "", References.NONE));
    if (a.isPresent() && b.isPresent()) {
      return a.get().equals(b.get()) ? Truth.TRUE : Truth.FALSE;
    }
    if (a.isPresent()) {
      return bounded(right, a.get());
    }
    return b.isPresent() ? bounded(left, b.get()) : Truth.UNKNOWN;
  }

  /** Whether an unknown parameter {@code node} can equal {@code value}, given its allowed values. */
  private Truth bounded(DocNode node, String value) {
    return Call.of(node, false)
        .filter(call -> call.function().equals("Ref") && call.argument() instanceof DocNode.Scalar)
        .flatMap(call -> sections.parameter(((DocNode.Scalar) call.argument()).text()))
        .filter(parameter -> !parameter.allowedValues().isEmpty())
        .map(parameter -> !parameter.allowedValues().contains(value)
            ? Truth.FALSE
            : parameter.allowedValues().stream().distinct().count() == 1 ? Truth.TRUE : Truth.UNKNOWN)
        .orElse(Truth.UNKNOWN);
  }

  private static Optional<String> scalar(Value value) {
    return value.asList().isPresent() || value.asMap().isPresent() ? Optional.empty() : value.asString();
  }
}
