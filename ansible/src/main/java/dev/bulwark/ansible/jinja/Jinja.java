package dev.bulwark.ansible.jinja;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import java.util.List;
import java.util.Optional;

/**
 * A small Jinja resolver for the subset Ansible projects use to pass values around and decide conditions:
 * {@code {{ var }}}, attribute and item access, literals, the filters {@code default}, {@code bool}, {@code lower},
 * {@code upper}, {@code string}, {@code int} and {@code ternary}, comparisons ({@code ==}, {@code <} and the like,
 * {@code in}), the type and comparison tests ({@code is none}, {@code is string}, {@code is in}...) and
 * {@code not}, {@code and} and {@code or}, all as Python evaluates them. Whatever else a template does is not
 * guessed at: it evaluates to an {@link UnknownValue} holding the template's text, so that unknown is never
 * mistaken for insecure.
 *
 * <p>A template that is exactly one expression keeps the expression's type (a boolean, a number, a list), as
 * Ansible does; a template that mixes text and expressions is a string.
 */
public final class Jinja {
  private Jinja() {}

  /** Whether Ansible would template {@code text}: it holds <code>{{</code>, <code>{%</code> or <code>{#</code>. */
  public static boolean isTemplate(String text) {
    return text.contains("{{") || text.contains("{%") || text.contains("{#");
  }

  /** Evaluates {@code text}, written at {@code range}, with {@code variables}. */
  public static Outcome render(String text, Range range, Variables variables) {
    Optional<List<Piece>> pieces = TemplateParser.parse(text);
    if (pieces.isEmpty()) {
      return new Outcome.Known(new UnknownValue(text, range));
    }
    Evaluator evaluator = new Evaluator(text, range, variables);
    List<Piece> parts = pieces.get();
    if (parts.size() == 1 && parts.get(0) instanceof Piece.Expr only) {
      return evaluator.evaluate(only.expression());
    }
    StringBuilder rendered = new StringBuilder();
    for (Piece part : parts) {
      if (part instanceof Piece.Text literal) {
        rendered.append(literal.text());
      } else {
        Optional<String> string = evaluator.evaluate(((Piece.Expr) part).expression()) instanceof Outcome.Known known
            ? PythonText.of(known.value())
            : Optional.empty();
        if (string.isEmpty()) {
          return new Outcome.Known(new UnknownValue(text, range));
        }
        rendered.append(string.get());
      }
    }
    return new Outcome.Known(new StringValue(rendered.toString(), range));
  }
}
