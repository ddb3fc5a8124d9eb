package dev.bulwark.terraform.eval;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Expression;
import dev.bulwark.terraform.hcl.TemplatePart;
import java.util.ArrayList;
import java.util.List;

/**
 * Quoted templates and heredocs, with interpolations and {@code %{if}} / {@code %{for}} directives. A template that
 * is a single interpolation and nothing else is that interpolation's value, unconverted, as in HCL.
 */
final class Templates {
  private final Evaluator evaluator;
  private final List<RelatedLocation> origin = new ArrayList<>();
  private boolean unknown;

  Templates(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Value value(Expression.Template template, Env env) {
    List<TemplatePart> parts = template.parts();
    if (!template.heredoc() && parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation only) {
      return evaluator.value(only.expression(), env);
    }
    StringBuilder text = new StringBuilder();
    append(parts, env, text);
    List<RelatedLocation> why = List.copyOf(origin);
    if (unknown) {
      return evaluator.unknown(template.range()).withOriginPrefix(why);
    }
    if (text.length() > Call.MAX_STRING) {
      throw new EvaluationError("a template longer than " + Call.MAX_STRING + " characters");
    }
    return new StringValue(text.toString(), template.range(), why);
  }

  private void append(List<TemplatePart> parts, Env env, StringBuilder text) {
    for (TemplatePart part : parts) {
      if (unknown) {
        return;
      }
      if (part instanceof TemplatePart.Literal literal) {
        text.append(literal.value());
      } else if (part instanceof TemplatePart.Interpolation interpolation) {
        Value value = evaluator.value(interpolation.expression(), env);
        note(value, interpolation.expression());
        if (value.isKnown()) {
          text.append(interpolated(value));
        }
      } else if (part instanceof TemplatePart.If directive) {
        Value condition = evaluator.value(directive.condition(), env);
        note(condition, directive.condition());
        if (condition.isKnown()) {
          append(Conversions.bool(condition) ? directive.whenTrue() : directive.whenFalse(), env, text);
        }
      } else if (part instanceof TemplatePart.For directive) {
        loop(directive, env, text);
      }
      if (text.length() > Call.MAX_STRING) {
        throw new EvaluationError("a template longer than " + Call.MAX_STRING + " characters");
      }
    }
  }

  private void loop(TemplatePart.For directive, Env env, StringBuilder text) {
    Value collection = evaluator.value(directive.collection(), env);
    note(collection, directive.collection());
    if (!collection.isKnown()) {
      return;
    }
    String keyName = directive.keyVariable().map(id -> id.name()).orElse(null);
    String valueName = directive.valueVariable().name();
    for (Values.Element element : Values.elements(collection)) {
      evaluator.budget().spend(1);
      Env inner = keyName == null ? env : env.bind(keyName, element.key());
      append(directive.body(), inner.bind(valueName, element.value()), text);
    }
  }

  private void note(Value value, Expression expression) {
    if (value instanceof UnknownValue) {
      unknown = true;
    }
    origin.addAll(Evaluator.trail(value, expression.range()));
  }

  private static String interpolated(Value value) {
    if (value instanceof NullValue) {
      throw new EvaluationError("a null value cannot be interpolated");
    }
    return Conversions.text(value);
  }
}
