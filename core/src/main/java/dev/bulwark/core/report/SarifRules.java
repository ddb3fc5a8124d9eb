package dev.bulwark.core.report;

import dev.bulwark.core.Severity;
import dev.bulwark.core.rule.RuleMetadata;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Rule metadata as SARIF reporting descriptors, and severities as SARIF levels. */
final class SarifRules {
  /** GitHub code scanning shows at most 10 tags of a rule. */
  static final int MAX_TAGS = 10;

  private SarifRules() {}

  static Sarif.Descriptor descriptor(RuleMetadata rule) {
    List<String> tags = Stream.concat(Stream.of("security", rule.category().tag()), rule.providers().stream())
        .distinct()
        .limit(MAX_TAGS)
        .toList();
    return new Sarif.Descriptor(
        rule.id(),
        rule.name(),
        Sarif.Text.plain(rule.title()),
        Sarif.Text.plain(RuleHelp.firstParagraph(rule)),
        new Sarif.Text(RuleHelp.text(rule), RuleHelp.markdown(rule)),
        rule.references().isEmpty() ? null : rule.references().get(0),
        new Sarif.Configuration(level(rule.severity())),
        new Sarif.DescriptorProperties(tags, String.format(Locale.ROOT, "%.1f", rule.severity().score()), "high",
            problemSeverity(rule.severity())));
  }

  /** CRITICAL and HIGH are errors, MEDIUM a warning, LOW a note. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  /** The {@code problem.severity} GitHub shows for rules without {@code security-severity}. */
  private static String problemSeverity(Severity severity) {
    return severity == Severity.LOW ? "recommendation" : level(severity);
  }
}
