package dev.bulwark.cloudformation;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.document.DocNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections of a template that evaluation consults, indexed by name; resources with their {@code Fn::ForEach}
 * loops expanded. A name declared twice is the last declaration, as CloudFormation reads it. A view {@link #inLoop in a loop} also resolves the loop identifiers as parameters.
 */
final class TemplateSections {
  private final Map<String, Parameter> parameters;
  private final Map<String, DocNode.Entry> conditions;
  private final Map<String, ForEachLoops.Expanded> resources;
  private final Optional<DocNode.Mapping> mappings;
  private final Map<String, DocNode> globals;
  private final Map<String, Parameter> loopValues;
  private final boolean transformed;

  /**
   * @param givenValues parameter values given from outside the template (a parameters file, a calling template), by
   *                    name; an empty one is unknown
   */
  TemplateSections(DocNode.Mapping root, Map<String, Optional<Parameter.Given>> givenValues,
      List<Diagnostic> diagnostics) {
    parameters = new LinkedHashMap<>();
    conditions = new LinkedHashMap<>();
    resources = new LinkedHashMap<>();
    globals = new LinkedHashMap<>();
    loopValues = Map.of();
    transformed = root.get("Transform").isPresent();
    entries(root, "Parameters").forEach(entry -> name(entry).ifPresent(name ->
        parameters.put(name, parameter(name, entry, givenValues))));
    entries(root, "Conditions").forEach(entry -> name(entry).ifPresent(name -> conditions.put(name, entry)));
    for (ForEachLoops.Expanded resource : ForEachLoops.expand(entries(root, "Resources"), this::parameter,
        diagnostics)) {
      if (resources.put(resource.name(), resource) != null) {
        diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "duplicate-resource", "logical ID `"
            + resource.name() + "` is declared more than once; CloudFormation deploys the last declaration, which "
            + "is the one analysed", resource.entry().key().range()));
      }
    }
    mappings = root.get("Mappings").filter(DocNode.Mapping.class::isInstance).map(DocNode.Mapping.class::cast);
    entries(root, "Globals").forEach(entry -> name(entry).ifPresent(kind -> globals.put(kind, entry.value())));
  }

  private TemplateSections(TemplateSections template, Map<String, Parameter> loopValues) {
    this.parameters = template.parameters;
    this.conditions = template.conditions;
    this.resources = template.resources;
    this.mappings = template.mappings;
    this.globals = template.globals;
    this.loopValues = loopValues;
    this.transformed = template.transformed;
  }

  /**
   * Whether the template names a {@code Transform} (SAM, language extensions, a macro), which may add resources and
   * parameters the file does not show.
   */
  boolean transformed() {
    return transformed;
  }

  /**
   * These sections as seen from {@code entry}, an entry made by {@code Fn::ForEach} loops: their identifiers have
   * the {@code values} of its iteration.
   */
  TemplateSections inLoop(DocNode.Entry entry, Map<String, Parameter.Given> values) {
    if (values.isEmpty()) {
      return this;
    }
    Map<String, Parameter> identifiers = new LinkedHashMap<>();
    values.forEach((identifier, value) -> identifiers.put(identifier,
        new Parameter(identifier, entry, "String", Optional.of(value), List.of())));
    return new TemplateSections(this, Map.copyOf(identifiers));
  }

  static List<DocNode.Entry> entries(DocNode.Mapping root, String section) {
    return root.get(section)
        .filter(DocNode.Mapping.class::isInstance)
        .map(node -> ((DocNode.Mapping) node).entries())
        .orElse(List.of());
  }

  static Optional<String> name(DocNode.Entry entry) {
    return entry.key() instanceof DocNode.Scalar scalar ? Optional.of(scalar.text()) : Optional.empty();
  }

  private static Parameter parameter(String name, DocNode.Entry entry,
      Map<String, Optional<Parameter.Given>> givenValues) {
    DocNode.Mapping declaration = entry.value() instanceof DocNode.Mapping mapping
        ? mapping
        : new DocNode.Mapping(List.of(), Optional.empty(), entry.value().range());
    String type = declaration.get("Type").flatMap(DocNode::asScalar).map(DocNode.Scalar::text).orElse("String");
    Optional<Parameter.Given> value = givenValues.containsKey(name)
        ? givenValues.get(name)
        : declaration.get("Default").flatMap(TemplateSections::given);
    List<String> allowed = declaration.get("AllowedValues").flatMap(DocNode::asSequence)
        .map(list -> list.items().stream().flatMap(item -> item.asScalar().map(DocNode.Scalar::text).stream())
            .toList())
        .orElse(List.of());
    return new Parameter(name, entry, type, value, allowed);
  }

  private static Optional<Parameter.Given> given(DocNode node) {
    if (node instanceof DocNode.Scalar scalar && node.tag().isEmpty()) {
      return Optional.of(new Parameter.Given(scalar.text(), scalar.range(), "default"));
    }
    if (node instanceof DocNode.Sequence list && list.items().stream().allMatch(DocNode.Scalar.class::isInstance)) {
      String joined = String.join(",", list.items().stream().map(item -> ((DocNode.Scalar) item).text()).toList());
      return Optional.of(new Parameter.Given(joined, list.range(), "default"));
    }
    return Optional.empty();
  }

  /** The parameter {@code name}, or the loop identifier of that name in a loop's view. */
  Optional<Parameter> parameter(String name) {
    return Optional.ofNullable(loopValues.get(name)).or(() -> Optional.ofNullable(parameters.get(name)));
  }

  Map<String, Parameter> parameters() {
    return parameters;
  }

  Optional<DocNode.Entry> condition(String name) {
    return Optional.ofNullable(conditions.get(name));
  }

  boolean isResource(String logicalId) {
    return resources.containsKey(logicalId);
  }

  /** The resources by logical ID, loops expanded. */
  Map<String, ForEachLoops.Expanded> resources() {
    return resources;
  }

  /**
   * The properties SAM's {@code Globals} section gives every resource of {@code type}, e.g. {@code Globals.Api} for
   * {@code AWS::Serverless::Api}; empty for other types.
   */
  Optional<DocNode> globals(String type) {
    return type.startsWith(SamGlobals.PREFIX)
        ? Optional.ofNullable(globals.get(type.substring(SamGlobals.PREFIX.length())))
        : Optional.empty();
  }

  /** The value at {@code Mappings.map.top.second}, if present. */
  Optional<DocNode> mapping(String map, String top, String second) {
    return mappings.flatMap(all -> all.get(map))
        .filter(DocNode.Mapping.class::isInstance)
        .flatMap(node -> ((DocNode.Mapping) node).get(top))
        .filter(DocNode.Mapping.class::isInstance)
        .flatMap(node -> ((DocNode.Mapping) node).get(second));
  }
}
