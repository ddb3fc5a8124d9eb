package dev.bulwark.core.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Findings as SARIF results, within GitHub code scanning's limits: at most {@value #MAX_RESULTS} results per run
 * (the most severe are kept) and at most 1,000 locations per result (the primary one and {@value #MAX_RELATED}
 * related ones). What is left out is counted in notifications.
 */
final class SarifResults {
  static final int MAX_RESULTS = 25_000;
  static final int MAX_RELATED = 999;
  static final String FINGERPRINT = "bulwarkFingerprint/v1";

  private final Map<String, Integer> ruleIndexes = new HashMap<>();
  private final SarifLocations locations;

  /** The results and the notifications about what was left out of them. */
  record Converted(List<Sarif.Result> results, List<Sarif.Notification> notifications) {}

  SarifResults(List<RuleMetadata> rules, SarifLocations locations) {
    for (int i = 0; i < rules.size(); i++) {
      ruleIndexes.putIfAbsent(rules.get(i).id(), i);
    }
    this.locations = locations;
  }

  /** The findings, then the suppressed findings (each with its suppression) while there is room for them. */
  Converted convert(List<Finding> findings, List<SuppressedFinding> suppressed) {
    List<Sarif.Notification> notifications = new ArrayList<>();
    List<Finding> kept = mostSevere(findings);
    int room = MAX_RESULTS - kept.size();
    if (suppressed.size() > room) {
      notifications.add(SarifNotifications.warning("suppressed-results-truncated", "Reported " + room + " of "
          + suppressed.size() + " suppressed findings: GitHub code scanning accepts at most " + MAX_RESULTS
          + " results per run."));
    }
    if (kept.size() < findings.size()) {
      notifications.add(SarifNotifications.warning("results-truncated", "Reported the " + kept.size()
          + " most severe of " + findings.size() + " findings: GitHub code scanning accepts at most "
          + MAX_RESULTS + " results per run."));
    }
    long truncated = kept.stream().filter(finding -> finding.related().size() > MAX_RELATED).count();
    if (truncated > 0) {
      notifications.add(SarifNotifications.warning("related-locations-truncated", truncated
          + " results have more than " + MAX_RELATED + " related locations; only the first " + MAX_RELATED
          + " of each are reported (see the result property omittedRelatedLocations)."));
    }
    List<Sarif.Result> results = new ArrayList<>();
    kept.forEach(finding -> results.add(result(finding, null)));
    suppressed.stream().limit(room)
        .forEach(entry -> results.add(result(entry.finding(), List.of(suppression(entry.suppression())))));
    return new Converted(results, notifications);
  }

  private static List<Finding> mostSevere(List<Finding> findings) {
    if (findings.size() <= MAX_RESULTS) {
      return findings;
    }
    return IntStream.range(0, findings.size()).boxed()
        .sorted(Comparator.comparing((Integer i) -> findings.get(i).severity()).reversed())
        .limit(MAX_RESULTS)
        .sorted()
        .map(findings::get)
        .toList();
  }

  private Sarif.Suppression suppression(Suppression suppression) {
    if (suppression instanceof Suppression.InSource inSource) {
      return new Sarif.Suppression("inSource", "accepted",
          inSource.justification().isEmpty() ? inSource.directive() : inSource.justification(),
          new Sarif.Location(null, locations.region(inSource.range()), null, Sarif.Text.plain(inSource.directive())));
    }
    return new Sarif.Suppression("external", "accepted", suppression.justification(), null);
  }

  private Sarif.Result result(Finding finding, List<Sarif.Suppression> suppressions) {
    List<Sarif.LogicalLocation> resource =
        finding.resourceAddress().isEmpty() ? null : List.of(SarifLocations.resource(finding.resourceAddress()));
    Sarif.Location primary =
        new Sarif.Location(null, locations.excerpted(finding.range(), finding.excerpt()), resource, null);
    List<RelatedLocation> related = finding.related();
    int omitted = Math.max(0, related.size() - MAX_RELATED);
    return new Sarif.Result(
        finding.ruleId(),
        ruleIndexes.get(finding.ruleId()),
        SarifRules.level(finding.severity()),
        Sarif.Text.plain(finding.message()),
        List.of(primary),
        related.isEmpty() ? null : related(related.subList(0, related.size() - omitted)),
        Map.of(FINGERPRINT, finding.fingerprint()),
        suppressions,
        new Sarif.ResultProperties(finding.resourceType(), finding.category().tag(), finding.severity().label(),
            finding.attribute().isEmpty() ? null : finding.attribute(), omitted > 0 ? omitted : null));
  }

  private List<Sarif.Location> related(List<RelatedLocation> related) {
    return IntStream.range(0, related.size())
        .mapToObj(i -> new Sarif.Location(i + 1, locations.region(related.get(i).range()), null,
            Sarif.Text.plain(related.get(i).message())))
        .toList();
  }
}
