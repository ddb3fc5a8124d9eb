package dev.bulwark.cloudformation;

import dev.bulwark.cloudformation.aws.AwsModels;
import dev.bulwark.cloudformation.aws.ResourceCondition;
import dev.bulwark.cloudformation.aws.Stack;
import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.model.Truth;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analyses one template: reads it, evaluates its parameters (with the values the templates calling it as nested
 * stack pass them, see {@link PassedParameters}), resources and outputs into the graph (with
 * {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} and {@code DependsOn} as edges), and maps the resources to the
 * shared models. A resource whose {@code Condition} is false is not created and not analysed; only the references it
 * would make are kept, for the mappings (see {@link Stack}). {@code Fn::ForEach} loops make one resource or output per
 * element (see {@link ForEachLoops}).
 */
final class TemplateAnalysis {
  private final SourceFile file;
  private final List<SourceFile> callers;
  private final AnalysisContext context;
  private final UnitResult.Builder result = UnitResult.builder();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final ResourceGraph.Builder graph = ResourceGraph.builder();
  private final Map<ResourceId, ResourceCondition> conditions = new HashMap<>();
  private final List<Resource> notCreated = new ArrayList<>();
  private final List<Reference> notCreatedReferences = new ArrayList<>();
  private final List<Resource> created = new ArrayList<>();

  /** @param callers the templates that call this one as nested stack */
  TemplateAnalysis(SourceFile file, List<SourceFile> callers, AnalysisContext context) {
    this.file = file;
    this.callers = callers;
    this.context = context;
  }

  UnitResult run() {
    SourceText source;
    try {
      source = file.read();
    } catch (IOException e) {
      return UnitResult.unreadable(file, e);
    }
    TemplateReader.Outcome outcome = TemplateReader.read(source, context.settings());
    if (outcome instanceof TemplateReader.Broken broken) {
      return result.source(source).diagnostics(broken.documents().errors()).build();
    }
    if (!(outcome instanceof TemplateReader.Template template)) {
      return result.build();
    }
    result.source(source);
    ParameterFiles parameterFiles = context.shared(ParameterFiles.class,
        () -> ParameterFiles.read(context.settings()));
    diagnostics.addAll(parameterFiles.problems());
    Map<String, Optional<Parameter.Given>> given = new LinkedHashMap<>();
    parameterFiles.values().forEach((name, value) -> given.put(name, Optional.of(value)));
    given.putAll(PassedParameters.of(file.relativePath(), callers, Map.copyOf(given), context.settings()));
    TemplateSections sections = new TemplateSections(template.root(), given, diagnostics);
    Evaluator evaluator = new Evaluator(sections, source, diagnostics);
    sections.parameters().values().forEach(parameter -> declare(parameter.declaration(), "", ResourceKind.INPUT,
        "Parameter", evaluator, References.NONE));
    sections.resources().values().forEach(resource -> resource(resource.name(), resource.entry(),
        sections.inLoop(resource.entry(), resource.loopValues()), inLoop(evaluator, sections, resource, source),
        source));
    implicitApis(sections, evaluator);
    outputs(template.root(), sections, evaluator, source);
    AwsModels.map(new Stack(graph.build(), conditions, notCreated, notCreatedReferences)).forEach(result::model);
    return result.diagnostics(diagnostics).build();
  }

  /** The evaluator of an entry made by loops, whose identifiers it resolves; {@code evaluator} for any other. */
  private Evaluator inLoop(Evaluator evaluator, TemplateSections sections, ForEachLoops.Expanded entry,
      SourceText source) {
    return entry.loopValues().isEmpty() ? evaluator
        : new Evaluator(sections.inLoop(entry.entry(), entry.loopValues()), source, diagnostics);
  }

  private void resource(String logicalId, DocNode.Entry entry, TemplateSections sections, Evaluator evaluator,
      SourceText source) {
    if (!(entry.value() instanceof DocNode.Mapping declaration)) {
      return;
    }
    Optional<DocNode> type = declaration.get("Type");
    if (type.isEmpty() || !(type.get() instanceof DocNode.Scalar name) || type.get().tag().isPresent()) {
      diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "unsupported-resource",
          "resource `" + logicalId + "` has no plain `Type`; it is not checked", entry.key().range()));
      return;
    }
    ResourceId id = id(logicalId);
    Optional<DocNode.Scalar> condition = declaration.get("Condition")
        .filter(DocNode.Scalar.class::isInstance).map(DocNode.Scalar.class::cast);
    Truth truth = condition.map(named -> evaluator.conditions().named(named.text())).orElse(Truth.TRUE);
    if (truth != Truth.TRUE) {
      conditions.put(id, new ResourceCondition(condition.get().text(), sections.condition(condition.get().text())
          .map(definition -> definition.key().range()).orElse(condition.get().range())));
    }
    if (truth == Truth.FALSE) {
      // Read only for the references it would make, by an evaluator whose diagnostics are dropped.
      notCreated.add(read(id, name.text(), entry, sections, new Evaluator(sections, source, new ArrayList<>()),
          (target, path, range) -> notCreatedReferences.add(new Reference(id, id(target), path, range))));
      return;
    }
    References references = (target, path, range) ->
        reference(new Reference(id, id(target), path, range));
    declaration.get("DependsOn").ifPresent(dependsOn -> dependencies(dependsOn, sections, references));
    Resource resource = read(id, name.text(), entry, sections, evaluator, references);
    created.add(resource);
    add(resource);
    MetadataSuppressions.of(id, declaration, diagnostics).forEach(result::suppression);
  }

  /** The resource {@code entry} declares, of native type {@code type}, as {@code evaluator} reads it. */
  private static Resource read(ResourceId id, String type, DocNode.Entry entry, TemplateSections sections,
      Evaluator evaluator, References references) {
    DocNode.Mapping declaration = (DocNode.Mapping) entry.value();
    // A missing property is added under `Properties:`, so findings about one point there (or at the logical ID).
    Range header = declaration.entry("Properties").map(properties -> properties.key().range())
        .orElse(entry.key().range());
    MapValue own = declaration.get("Properties")
        .map(node -> evaluator.evaluate(node, "", references))
        .flatMap(Value::asMap)
        .orElseGet(() -> MapValue.of(List.of(), header));
    return new Resource(id, CloudFormationFrontend.FORMAT, ResourceKind.MANAGED, type, header, entry.key().range(),
        withGlobals(type, own, sections, evaluator, references));
  }

  /** {@code own} properties of a resource of {@code type} with the template's SAM {@code Globals} applied. */
  private static MapValue withGlobals(String type, MapValue own, TemplateSections sections, Evaluator evaluator,
      References references) {
    return sections.globals(type)
        .map(node -> evaluator.evaluate(node, "", references))
        .flatMap(Value::asMap)
        .map(globals -> SamGlobals.merge(globals, own))
        .orElse(own);
  }

  /** Declares the APIs SAM creates for the functions' events ({@link SamImplicitApis}), at the event that does. */
  private void implicitApis(TemplateSections sections, Evaluator evaluator) {
    for (SamImplicitApis.Implicit api : SamImplicitApis.of(created, sections.resources().keySet())) {
      ResourceId id = id(api.logicalId());
      Range at = api.event().range();
      add(new Resource(id, CloudFormationFrontend.FORMAT, ResourceKind.MANAGED, api.type(), at, at,
          withGlobals(api.type(), MapValue.of(List.of(), at), sections, evaluator,
              (target, path, range) -> reference(new Reference(id, id(target), path, range)))));
    }
  }

  private static void dependencies(DocNode dependsOn, TemplateSections sections, References references) {
    List<DocNode> targets = dependsOn instanceof DocNode.Sequence list ? list.items() : List.of(dependsOn);
    for (DocNode target : targets) {
      if (target instanceof DocNode.Scalar name && sections.isResource(name.text())) {
        references.refer(name.text(), "DependsOn", target.range());
      }
    }
  }

  private void outputs(DocNode.Mapping root, TemplateSections sections, Evaluator evaluator, SourceText source) {
    Set<String> seen = new HashSet<>();
    for (ForEachLoops.Expanded output : ForEachLoops.expand(TemplateSections.entries(root, "Outputs"),
        sections::parameter, diagnostics)) {
      if (seen.add(output.name())) {
        ResourceId id = id("Outputs." + output.name());
        declare(output.entry(), output.name(), ResourceKind.OUTPUT, "Output",
            inLoop(evaluator, sections, output, source),
            (target, path, range) -> reference(new Reference(id, id(target), path, range)));
      }
    }
  }

  /** Declares {@code entry} as a node of {@code kind}, named {@code name} (its own name when empty). */
  private void declare(DocNode.Entry entry, String name, ResourceKind kind, String type, Evaluator evaluator,
      References references) {
    TemplateSections.name(entry).map(own -> name.isEmpty() ? own : name).ifPresent(declared -> {
      String address = kind == ResourceKind.OUTPUT ? "Outputs." + declared : declared;
      MapValue attributes = evaluator.evaluate(entry.value(), "", references).asMap()
          .orElseGet(() -> MapValue.of(List.of(), entry.key().range()));
      add(new Resource(id(address), CloudFormationFrontend.FORMAT, kind, type, entry.key().range(), attributes));
    });
  }

  private ResourceId id(String address) {
    return new ResourceId(file.relativePath(), address);
  }

  private void add(Resource resource) {
    result.resource(resource);
    graph.add(resource);
  }

  private void reference(Reference reference) {
    result.reference(reference);
    graph.add(reference);
  }
}
