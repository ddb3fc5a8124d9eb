package dev.bulwark.cloudformation;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.document.DocNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Expands the {@code Fn::ForEach} loops of the {@code AWS::LanguageExtensions} transform in a section of a template
 * ({@code Resources}, {@code Outputs}): {@code Fn::ForEach::Name: [Identifier, Collection, {OutputKey: Body}]} makes
 * one entry per element of the collection (a list, or a list parameter whose value is known), named by the output
 * key with {@code ${Identifier}} replaced by the element and {@code &{Identifier}} by its letters and digits. The
 * body is not copied: each entry keeps the loop's declaration, and the identifiers' values go with it, for
 * {@code Ref} and {@code Fn::Sub} to resolve as parameters, located at the element. Loops nest. A loop whose
 * collection is not known, or that is not written as the transform expects, is a {@code not-expanded} note.
 */
final class ForEachLoops {
  static final String PREFIX = "Fn::ForEach::";

  /**
   * An entry of the section after expansion.
   *
   * @param name       its name (a logical ID), identifiers replaced
   * @param entry      its declaration in the template
   * @param loopValues the values of the identifiers of the loops it is in, by identifier
   */
  record Expanded(String name, DocNode.Entry entry, Map<String, Parameter.Given> loopValues) {}

  private final Function<String, Optional<Parameter>> parameters;
  private final List<Diagnostic> diagnostics;
  private final List<Expanded> expanded = new ArrayList<>();

  private ForEachLoops(Function<String, Optional<Parameter>> parameters, List<Diagnostic> diagnostics) {
    this.parameters = parameters;
    this.diagnostics = diagnostics;
  }

  /** The entries of a section, loops expanded; {@code parameters} finds a parameter a collection refers to. */
  static List<Expanded> expand(List<DocNode.Entry> entries, Function<String, Optional<Parameter>> parameters,
      List<Diagnostic> diagnostics) {
    ForEachLoops loops = new ForEachLoops(parameters, diagnostics);
    entries.forEach(entry -> loops.entry(entry, Map.of()));
    return loops.expanded;
  }

  private void entry(DocNode.Entry entry, Map<String, Parameter.Given> values) {
    Optional<String> name = TemplateSections.name(entry);
    if (name.isEmpty()) {
      return;
    }
    if (name.get().startsWith(PREFIX)) {
      loop(name.get(), entry, values);
    } else {
      expanded.add(new Expanded(substitute(name.get(), values), entry, values));
    }
  }

  private void loop(String name, DocNode.Entry entry, Map<String, Parameter.Given> outer) {
    Optional<List<DocNode>> parts = entry.value().asSequence().map(DocNode.Sequence::items)
        .filter(items -> items.size() == 3);
    Optional<String> identifier = parts.flatMap(items -> items.get(0).asScalar()).map(DocNode.Scalar::text);
    Optional<DocNode.Mapping> template = parts.flatMap(items -> items.get(2).asMapping());
    if (identifier.isEmpty() || template.isEmpty()) {
      notExpanded(name, entry, "it is not written as [identifier, collection, {key: value}]");
      return;
    }
    Optional<List<Parameter.Given>> collection = collection(parts.get().get(1), name);
    if (collection.isEmpty()) {
      notExpanded(name, entry, "its collection is not known");
      return;
    }
    for (Parameter.Given element : collection.get()) {
      Map<String, Parameter.Given> values = new LinkedHashMap<>(outer);
      values.put(identifier.get(), element);
      template.get().entries().forEach(inner -> entry(inner, Map.copyOf(values)));
    }
  }

  /** The elements of a collection: a list of values, or a list parameter whose value is known. */
  private Optional<List<Parameter.Given>> collection(DocNode node, String loop) {
    String source = "element of `" + loop + "`";
    Optional<Call> call = Call.of(node, false);
    if (call.isPresent()) {
      return call.filter(ref -> ref.function().equals("Ref"))
          .flatMap(ref -> ref.argument().asScalar())
          .flatMap(parameter -> parameters.apply(parameter.text()))
          .flatMap(Parameter::value)
          .map(value -> Arrays.stream(value.text().split(",", -1))
              .map(element -> new Parameter.Given(element.trim(), value.range(), source))
              .toList());
    }
    Optional<List<DocNode>> items = node.asSequence().map(DocNode.Sequence::items);
    if (items.isEmpty() || !items.get().stream().allMatch(item -> item.asScalar().isPresent()
        && item.tag().isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(items.get().stream()
        .map(item -> new Parameter.Given(((DocNode.Scalar) item).text(), item.range(), source))
        .toList());
  }

  /** {@code key} with each {@code ${Identifier}} and {@code &{Identifier}} replaced. */
  private static String substitute(String key, Map<String, Parameter.Given> values) {
    String result = key;
    for (Map.Entry<String, Parameter.Given> value : values.entrySet()) {
      result = result.replace("${" + value.getKey() + "}", value.getValue().text())
          .replace("&{" + value.getKey() + "}", value.getValue().text().replaceAll("[^A-Za-z0-9]", ""));
    }
    return result;
  }

  private void notExpanded(String name, DocNode.Entry entry, String why) {
    diagnostics.add(Diagnostic.at(Diagnostic.Level.NOTE, "not-expanded",
        "`" + name + "` is not expanded: " + why + "; what it makes is not checked", entry.key().range()));
  }
}
