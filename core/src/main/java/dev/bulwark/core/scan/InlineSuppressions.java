package dev.bulwark.core.scan;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.frontend.DeclaredSuppression;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The suppression directives of every scanned file and those declared on resources, and which finding each one
 * suppresses.
 */
final class InlineSuppressions {
  private static final int NO_MATCH = 3;

  private final Map<String, List<SuppressionDirective>> byFile;
  private final Map<ResourceId, List<SuppressionDirective>> byResource;

  private InlineSuppressions(Map<String, List<SuppressionDirective>> byFile,
      Map<ResourceId, List<SuppressionDirective>> byResource) {
    this.byFile = byFile;
    this.byResource = byResource;
  }

  /**
   * Reads the directives of {@code sources} and resolves those {@code declared} on resources, reporting malformed
   * ones to {@code diagnostics}.
   */
  static InlineSuppressions of(Collection<SourceText> sources, List<DeclaredSuppression> declared,
      RuleReferences rules, LocalDate today, List<Diagnostic> diagnostics) {
    Map<String, List<SuppressionDirective>> byFile = new HashMap<>();
    for (SourceText source : sources) {
      try {
        List<SuppressionDirective> directives = SuppressionComments.parse(source, rules, today, diagnostics);
        if (!directives.isEmpty()) {
          byFile.put(source.path(), directives);
        }
      } catch (RuntimeException e) {
        diagnostics.add(Diagnostic.forFile(Diagnostic.Level.ERROR, "internal-error",
            "reading the suppression comments failed; none of this file's is applied: " + e, source.path()));
      }
    }
    Map<ResourceId, List<SuppressionDirective>> byResource = new HashMap<>();
    for (DeclaredSuppression suppression : declared) {
      directive(suppression, rules, diagnostics).ifPresent(directive ->
          byResource.computeIfAbsent(suppression.resource(), id -> new ArrayList<>()).add(directive));
    }
    return new InlineSuppressions(byFile, byResource);
  }

  private static Optional<SuppressionDirective> directive(DeclaredSuppression declared, RuleReferences rules,
      List<Diagnostic> diagnostics) {
    boolean ours = declared.scheme() == DeclaredSuppression.Scheme.BULWARK;
    Set<String> named = switch (declared.scheme()) {
      case BULWARK -> rules.own(declared.rule()).map(Set::of).orElse(Set.of());
      case CHECKOV -> rules.peer(RuleReferences.Peer.CHECKOV, declared.rule());
      case CFN_NAG -> rules.peer(RuleReferences.Peer.CFN_NAG, declared.rule());
    };
    if (named.isEmpty() && ours) {
      diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "unknown-rule", "the suppression names "
          + declared.rule() + ", which is not a Bulwark rule", declared.range()));
    }
    String text = switch (declared.scheme()) {
      case BULWARK -> "bulwark:ignore " + declared.rule();
      case CHECKOV -> "checkov:skip=" + declared.rule();
      case CFN_NAG -> "cfn_nag rules_to_suppress " + declared.rule();
    };
    return named.isEmpty() ? Optional.empty() : Optional.of(new SuppressionDirective(declared.range(), text,
        SuppressionDirective.Scope.RESOURCE, named, declared.reason(), 0, ours));
  }

  /**
   * The most specific directive that suppresses {@code finding} of {@code resource}: one aimed at the finding's line,
   * else one covering its resource or a module call of {@code graph} that made it, else one covering its file; the
   * first in the file among equals. Nothing is looked up for a finding no directive can reach.
   */
  Optional<Suppression> find(Finding finding, Resource resource, ResourceGraph graph) {
    Range at = finding.range();
    if (byResource.isEmpty() && !byFile.containsKey(at.file())) {
      return Optional.empty();
    }
    List<Resource> scopes = new ArrayList<>(List.of(resource));
    scopes.addAll(EnclosingModuleCalls.of(resource, graph));
    Optional<SuppressionDirective> declared = scopes.stream()
        .flatMap(scope -> byResource.getOrDefault(scope.id(), List.of()).stream())
        .filter(directive -> directive.rules().contains(finding.ruleId())).findFirst();
    Set<Integer> resourceLines = new HashSet<>();
    scopes.stream().flatMap(scope -> Stream.of(scope.range(), scope.declaration()))
        .filter(range -> range.file().equals(at.file()))
        .forEach(range -> resourceLines.add(range.startLine()));
    SuppressionDirective best = declared.orElse(null);
    int bestRank = declared.isPresent() ? 1 : NO_MATCH;
    for (SuppressionDirective directive : byFile.getOrDefault(at.file(), List.of())) {
      int rank = directive.rules().contains(finding.ruleId())
          ? rank(directive, at.startLine(), resourceLines, scopes) : NO_MATCH;
      if (rank < bestRank) {
        best = directive;
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best).map(SuppressionDirective::suppression);
  }

  /** 0 when {@code directive} aims at the finding's line, 1 at its resource, 2 at its file, else NO_MATCH. */
  private static int rank(SuppressionDirective directive, int line, Set<Integer> resourceLines,
      List<Resource> scopes) {
    return switch (directive.scope()) {
      case FILE -> 2;
      case LINE -> directive.target() == line ? 0 : resourceLines.contains(directive.target()) ? 1 : NO_MATCH;
      case RESOURCE -> resourceLines.contains(directive.target())
          || scopes.stream().anyMatch(scope -> within(directive.range(), scope)) ? 1 : NO_MATCH;
    };
  }

  /** Whether {@code directive} is between the first and the last line of {@code resource} in its file. */
  private static boolean within(Range directive, Resource resource) {
    List<Range> parts = Stream.of(resource.declaration(), resource.range(), resource.attributes().range())
        .filter(range -> range.file().equals(directive.file()))
        .toList();
    int first = parts.stream().mapToInt(Range::startLine).min().orElse(0);
    int last = parts.stream().mapToInt(Range::endLine).max().orElse(-1);
    return directive.startLine() >= first && directive.startLine() <= last;
  }

  /** A directive's range and a rule it suppressed a finding of. */
  private record Use(Range directive, String rule) {}

  /** A warning for each rule that ran and that a Bulwark directive names but suppressed nothing of. */
  List<Diagnostic> unused(List<SuppressedFinding> suppressed, Set<String> ran) {
    Set<Use> used = new HashSet<>();
    for (SuppressedFinding entry : suppressed) {
      if (entry.suppression() instanceof Suppression.InSource inSource) {
        used.add(new Use(inSource.range(), entry.finding().ruleId()));
      }
    }
    List<Diagnostic> unused = new ArrayList<>();
    Stream.concat(byFile.values().stream(), byResource.values().stream()).flatMap(List::stream)
        .filter(SuppressionDirective::ours).forEach(directive ->
        directive.rules().stream().sorted()
            .filter(rule -> ran.contains(rule) && !used.contains(new Use(directive.range(), rule)))
            .forEach(rule -> unused.add(Diagnostic.at(Diagnostic.Level.WARNING, "unused-suppression",
                "`" + directive.text() + "` suppresses no finding of " + rule + (directive.target() == 0
                    && directive.scope() == SuppressionDirective.Scope.LINE
                    ? ": no code follows it before a blank line" : "") + "; remove it or move it",
                directive.range()))));
    return unused;
  }
}
