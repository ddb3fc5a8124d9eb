package dev.bulwark.terraform.hcl;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.bulwark.core.frontend.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the literal values (strings, numbers, bools) of the top-level attributes of {@code resource} and
 * {@code variable} blocks between our AST and HCL4j's maps. HCL4j keeps no positions, so only values are compared.
 */
final class Hcl4jCrossCheck {

  /** Why the parsers differ on a value: known HCL4j shortcomings, or unexplained. */
  enum Reason {
    HEREDOC_INDENT("HCL4j keeps the indentation of <<- heredocs"),
    LITERAL_ESCAPE("HCL4j does not decode $${ and %%{"),
    MISSING("HCL4j lost the attribute"),
    UNEXPLAINED("unexplained");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }
  }

  /** One value on which the two parsers differ. */
  record Disagreement(String file, String attribute, Object ours, Object theirs, Reason reason) {
    @Override
    public String toString() {
      return reason + " " + file + " " + attribute + ": ours=" + show(ours) + " hcl4j=" + show(theirs);
    }

    private static String show(Object value) {
      return value == null ? "null" : value.getClass().getSimpleName() + "<" + value.toString().replace("\n", "\\n")
          .replace("\r", "\\r").replace("\t", "\\t") + ">";
    }
  }

  private int files;
  private int skipped;
  private int compared;
  private final List<Disagreement> disagreements = new ArrayList<>();

  /** Checks one file; a file HCL4j cannot parse is skipped. */
  void check(SourceText file) {
    Map<String, Object> theirs;
    try {
      theirs = new HCLParser().parse(file.text(), false);
    } catch (Exception | StackOverflowError e) {
      skipped++;
      return;
    }
    files++;
    Body ours = HclParser.parse(file, Hcl.DEPTH).body().orElseThrow();
    for (Body.Block block : ours.blocks()) {
      List<String> labels = block.labels().stream().map(Body.Label::value).toList();
      boolean resource = block.type().name().equals("resource") && labels.size() == 2;
      boolean variable = block.type().name().equals("variable") && labels.size() == 1;
      if (resource || variable) {
        List<String> path = new ArrayList<>(List.of(block.type().name()));
        path.addAll(labels);
        compare(file, String.join(".", path), block.body(), lookup(theirs, path));
      }
    }
  }

  private void compare(SourceText file, String path, Body body, Object theirs) {
    for (Body.Attribute attribute : body.attributes()) {
      Optional<Object> literal = literal(attribute.value());
      if (literal.isEmpty()) {
        continue;
      }
      compared++;
      Object their = theirs instanceof Map<?, ?> map ? map.get(attribute.name().name()) : null;
      if (!same(literal.get(), their)) {
        disagreements.add(new Disagreement(file.path(), path + "." + attribute.name().name(), literal.get(), their,
            reason(file.text(attribute.value().range()), literal.get(), their)));
      }
    }
  }

  private static Reason reason(String source, Object ours, Object theirs) {
    if (theirs == null) {
      return Reason.MISSING;
    }
    if (source.startsWith("<<-") && ours.equals(dedent(theirs.toString()))) {
      return Reason.HEREDOC_INDENT;
    }
    if (source.contains("$${") || source.contains("%%{")) {
      return Reason.LITERAL_ESCAPE;
    }
    return Reason.UNEXPLAINED;
  }

  /** Removes the common leading spaces and tabs of the lines that are not blank. */
  private static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? line : line.substring(indent)).append('\n');
    }
    return out.toString();
  }

  private static Object lookup(Map<String, Object> root, List<String> path) {
    Object current = root;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  /** The value of a string, number (possibly negated) or bool literal. */
  static Optional<Object> literal(Expression value) {
    if (value instanceof Expression.Template template) {
      return template.literal().map(Object.class::cast);
    } else if (value instanceof Expression.NumberLiteral number) {
      return Optional.of(number.value());
    } else if (value instanceof Expression.Unary unary && unary.operator() == Expression.UnaryOperator.NEGATE
        && unary.operand() instanceof Expression.NumberLiteral number) {
      return Optional.of(number.value().negate());
    } else if (value instanceof Expression.BoolLiteral bool) {
      return Optional.of(bool.value());
    }
    return Optional.empty();
  }

  private static boolean same(Object ours, Object theirs) {
    if (ours instanceof BigDecimal number) {
      return theirs instanceof Number their && new BigDecimal(their.toString()).compareTo(number) == 0;
    }
    return ours.equals(theirs);
  }

  int files() {
    return files;
  }

  int skipped() {
    return skipped;
  }

  int compared() {
    return compared;
  }

  int agreed() {
    return compared - disagreements.size();
  }

  List<Disagreement> disagreements() {
    return List.copyOf(disagreements);
  }

  /** How many disagreements there are for {@code reason}. */
  long count(Reason reason) {
    return disagreements.stream().filter(d -> d.reason() == reason).count();
  }

  String summary() {
    StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
        "HCL4j cross-check: %d files compared, %d skipped (HCL4j failed), %d values, %d agree (%.2f%%)",
        files, skipped, compared, agreed(), compared == 0 ? 100.0 : 100.0 * agreed() / compared));
    for (Reason reason : Reason.values()) {
      summary.append(String.format(Locale.ROOT, "%n  %d disagree: %s", count(reason), reason.description()));
    }
    return summary.toString();
  }
}
