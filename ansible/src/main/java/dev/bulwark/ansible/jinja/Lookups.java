package dev.bulwark.ansible.jinja;

import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.Optional;
import java.util.Set;

/**
 * The lookups the resolver evaluates: {@code lookup('file', name)}, the file's text without trailing whitespace (as
 * the plugin strips it by default), and {@code lookup('template', name)}, the file rendered as a template with the
 * variables of the task that looks it up. The file is the one {@link Variables#lookupFile} finds. Other plugins,
 * several terms, keyword options and a file that is not found or does not render are unknown.
 */
final class Lookups {
  private static final Set<String> PLUGINS = Set.of("file", "template");

  private Lookups() {}

  static Outcome apply(Expression.Lookup lookup, Evaluator evaluator, Variables variables) {
    if (lookup.arguments().size() != 2 || !lookup.keywords().isEmpty()) {
      return evaluator.unknown();
    }
    Optional<String> plugin = text(evaluator, lookup.arguments().get(0)).map(Builtins::shortName)
        .filter(PLUGINS::contains);
    Optional<String> term = text(evaluator, lookup.arguments().get(1));
    if (plugin.isEmpty() || term.isEmpty()) {
      return evaluator.unknown();
    }
    Optional<String> content = variables.lookupFile(plugin.get(), term.get());
    if (content.isEmpty()) {
      return evaluator.unknown();
    }
    if (plugin.get().equals("file")) {
      return new Outcome.Known(new StringValue(content.get().stripTrailing(), evaluator.range()));
    }
    Outcome rendered = Jinja.render(content.get(), evaluator.range(), Nested.within(variables));
    return rendered instanceof Outcome.Known known && known.value() instanceof StringValue
        ? rendered : evaluator.unknown();
  }

  /**
   * The variables of a template read by a template lookup, {@code depth} lookups deep: the same variables, and
   * lookups that find no file beyond {@link #MAX_DEPTH} (a template that looks itself up).
   */
  private record Nested(Variables outer, int depth) implements Variables {
    private static final int MAX_DEPTH = 8;

    static Variables within(Variables variables) {
      return variables instanceof Nested nested ? new Nested(nested.outer(), nested.depth() + 1)
          : new Nested(variables, 1);
    }

    @Override
    public Outcome lookup(String name) {
      return outer.lookup(name);
    }

    @Override
    public Optional<String> lookupFile(String plugin, String term) {
      return depth < MAX_DEPTH ? outer.lookupFile(plugin, term) : Optional.empty();
    }
  }

  private static Optional<String> text(Evaluator evaluator, Expression argument) {
    return evaluator.evaluate(argument) instanceof Outcome.Known known && known.value() instanceof StringValue string
        ? Optional.of(string.value()) : Optional.empty();
  }
}
