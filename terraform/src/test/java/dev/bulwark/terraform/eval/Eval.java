package dev.bulwark.terraform.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.ParseResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates snippets for tests. The file {@code main.tf} holds {@code x = EXPRESSION} on its first line and the
 * defaults of the variables given with {@link #variable} on the lines after; {@code var.NAME} reads them, with the
 * related location "default of `var.NAME`"; {@code var.NAME} of a name not given is unknown. Files for
 * {@code file()} come from {@link #file}.
 */
final class Eval {
  private final Map<String, String> variables = new LinkedHashMap<>();
  private final Map<String, String> files = new HashMap<>();
  private Budget budget = Budget.standard();
  private SourceText source;

  Eval variable(String name, String expression) {
    variables.put(name, expression);
    return this;
  }

  Eval file(String path, String text) {
    files.put(path, text);
    return this;
  }

  Eval budget(Budget chosen) {
    this.budget = chosen;
    return this;
  }

  Budget budget() {
    return budget;
  }

  /** The value of {@code expression}. */
  Value of(String expression) {
    StringBuilder text = new StringBuilder("x = ").append(expression).append('\n');
    variables.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n'));
    source = SourceText.of("main.tf", text.toString());
    ParseResult parsed = HclParser.parse(source, 200);
    assertThat(parsed.errors()).as("syntax of %s", expression).isEmpty();
    Body body = parsed.body().orElseThrow();
    Evaluator evaluator = new Evaluator(budget, this::text, ScanSettings.DEFAULTS);
    Map<String, Expression> defaults = new HashMap<>();
    variables.keySet().forEach(name -> defaults.put(name, body.attribute(name).orElseThrow().value()));
    Scope scope = new TestScope(evaluator, defaults, files);
    return evaluator.evaluate(body.attribute("x").orElseThrow().value(), scope);
  }

  /** The value of {@code expression} as JSON, {@code ?} standing for an unknown value. */
  String json(String expression) {
    Value value = of(expression);
    return Values.whollyKnown(value) ? Json.encode(value) : "?";
  }

  String text(Range range) {
    return range.file().equals("main.tf") ? source.text(range) : "";
  }

  /** The text of main.tf at {@code range}. */
  String at(Range range) {
    return text(range);
  }

  private record TestScope(Evaluator evaluator, Map<String, Expression> defaults, Map<String, String> files)
      implements Scope {
    @Override
    public Operand root(String name, Range range) {
      if (name.equals("var")) {
        return new Namespace(this);
      }
      throw new EvaluationError("undefined " + name);
    }

    @Override
    public boolean isCallSite(Range range) {
      return false;
    }

    @Override
    public Optional<String> file(String path) {
      return Optional.ofNullable(files.get(path));
    }
  }

  private record Namespace(TestScope scope) implements LazyObject {
    @Override
    public Operand attribute(String name, Range range) {
      Expression expression = scope.defaults().get(name);
      if (expression == null) {
        return Operand.Plain.of(scope.evaluator().unknown(range));
      }
      return new Operand.Plain(scope.evaluator().evaluate(expression, scope), "default of `var." + name + "`", false);
    }

    @Override
    public Value value(Range range) {
      throw new EvaluationError("var is not a value");
    }
  }
}
