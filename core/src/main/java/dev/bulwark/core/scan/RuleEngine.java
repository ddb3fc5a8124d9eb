package dev.bulwark.core.scan;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleContext;
import dev.bulwark.core.rule.RuleMetadata;
import dev.bulwark.core.rule.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one rule over the graph and models and turns its violations into findings, setting aside those a directive
 * in the code suppresses.
 */
final class RuleEngine {
  private static final int MAX_EXCERPT_LINES = 5;

  private final ResourceGraph graph;
  private final List<CloudModel> models;
  private final Map<String, SourceText> sources;
  private final InlineSuppressions suppressions;
  private final ModuleCallSites callSites;

  RuleEngine(ResourceGraph graph, List<CloudModel> models, Map<String, SourceText> sources,
      InlineSuppressions suppressions) {
    this.graph = graph;
    this.models = models;
    this.sources = sources;
    this.suppressions = suppressions;
    this.callSites = new ModuleCallSites(graph);
  }

  record Outcome(List<Finding> findings, List<SuppressedFinding> suppressed, List<Diagnostic> diagnostics) {}

  Outcome run(Rule rule) {
    RuleMetadata metadata = rule.metadata();
    Context context = new Context();
    try {
      rule.check(context);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(List.of(), List.of(), List.of(Diagnostic.forFile(Diagnostic.Level.ERROR, "rule-error",
          "rule " + metadata.id() + " failed: " + e, "")));
    }
    List<Finding> findings = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (Violation violation : context.violations) {
      Finding finding = finding(metadata, violation);
      suppressions.find(finding, violation.resource(), graph).ifPresentOrElse(
          suppression -> suppressed.add(new SuppressedFinding(finding, suppression)), () -> findings.add(finding));
    }
    return new Outcome(findings, suppressed, List.of());
  }

  private Finding finding(RuleMetadata metadata, Violation violation) {
    Range range = violation.range();
    String fingerprint = Fingerprints.of(metadata.id(), range.file(), violation.resource().id().unit(),
        violation.resource().address(), violation.attribute());
    List<RelatedLocation> related = new ArrayList<>(violation.related());
    callSites.of(violation.resource()).stream()
        .filter(call -> !call.range().file().equals(range.file())
            && related.stream().noneMatch(known -> known.range().equals(call.range())))
        .forEach(related::add);
    return new Finding(metadata.id(), metadata.severity(), metadata.category(), violation.message(), range,
        violation.resource().type(), violation.resource().address(), violation.attribute(), related,
        fingerprint, excerpt(range));
  }

  private Excerpt excerpt(Range range) {
    SourceText source = sources.get(range.file());
    if (source == null || range.startLine() > source.lineCount()) {
      return new Excerpt(range.startLine(), List.of());
    }
    int last = Math.min(Math.min(range.endLine(), source.lineCount()), range.startLine() + MAX_EXCERPT_LINES - 1);
    List<String> lines = new ArrayList<>();
    for (int line = range.startLine(); line <= last; line++) {
      lines.add(source.lineText(line));
    }
    return new Excerpt(range.startLine(), lines);
  }

  private final class Context implements RuleContext {
    private final Set<Violation> violations = new LinkedHashSet<>();

    @Override
    public ResourceGraph graph() {
      return graph;
    }

    @Override
    public <T> List<T> models(Class<T> type) {
      return models.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public List<CloudModel> models() {
      return models;
    }

    @Override
    public void report(Violation violation) {
      violations.add(violation);
    }
  }
}
