package dev.bulwark.core.scan;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppression directives in a file's comments ({@code #} or {@code //}, at the start of a line or after
 * whitespace):
 *
 * <ul>
 *   <li>{@code bulwark:ignore BW201[,BW202…] [reason]}: the named rules (ids or names) on the line it is written on
 *       or, written on its own line, on the next line that is not a comment; or on every finding of a resource
 *       whose first line that is;
 *   <li>{@code bulwark:ignore-file BW303 [reason]}: the named rules in the whole file;
 *   <li>{@code checkov:skip=CKV_AWS_24[:reason]}: the rules that list that Checkov check, in the resource it is
 *       written in (or, above a resource, in that resource), as Checkov does;
 *   <li>{@code trivy:ignore:AVD-AWS-0107[exp:2026-12-31] [reason]}: the rules that list that Trivy check, on the line
 *       or resource below, as Trivy does, until the expiry date if one is given.
 * </ul>
 *
 * A Bulwark directive that names no rule, or an id that is no rule, is reported; peer checks that no rule maps to are
 * left alone, as they belong to the peer.
 */
final class SuppressionComments {
  private static final String IGNORE = "bulwark:ignore";
  private static final String IGNORE_FILE = "bulwark:ignore-file";
  private static final String CHECKOV = "checkov:skip=";
  private static final String TRIVY = "trivy:ignore:";
  private static final List<String> KEYWORDS = List.of(IGNORE, CHECKOV, TRIVY);
  private static final Pattern RULE_TOKEN = Pattern.compile("[\\s,:=]*([A-Za-z][A-Za-z0-9_-]*)");
  private static final Pattern BULWARK_ID = Pattern.compile("(?i)BW\\d+");
  private static final Pattern CHECKOV_SKIP = Pattern.compile("([A-Za-z0-9_]+)(?::(.*))?");
  private static final Pattern TRIVY_IGNORE =
      Pattern.compile("([A-Za-z0-9_.-]+)((?:\\[[a-z]+:[^\\]]*])*)(.*)");
  private static final Pattern EXPIRY = Pattern.compile("\\[exp:([^\\]]*)]");

  private final SourceText source;
  private final RuleReferences rules;
  private final LocalDate today;
  private final List<Diagnostic> diagnostics;

  private SuppressionComments(SourceText source, RuleReferences rules, LocalDate today,
      List<Diagnostic> diagnostics) {
    this.source = source;
    this.rules = rules;
    this.today = today;
    this.diagnostics = diagnostics;
  }

  /** The directives in {@code source}; malformed Bulwark directives are reported to {@code diagnostics}. */
  static List<SuppressionDirective> parse(SourceText source, RuleReferences rules, LocalDate today,
      List<Diagnostic> diagnostics) {
    String text = source.text();
    if (KEYWORDS.stream().noneMatch(text::contains)) {
      return List.of();
    }
    return new SuppressionComments(source, rules, today, diagnostics).parse();
  }

  private List<SuppressionDirective> parse() {
    List<SuppressionDirective> found = new ArrayList<>();
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.lineText(line);
      if (KEYWORDS.stream().anyMatch(text::contains)) {
        directive(line, text).ifPresent(found::add);
      }
    }
    return found;
  }

  private Optional<SuppressionDirective> directive(int line, String text) {
    for (int at = 0; at < text.length(); at++) {
      int marker = markerLength(text, at);
      if (marker == 0) {
        continue;
      }
      String body = text.substring(at + marker).strip();
      Optional<SuppressionDirective> directive = directive(line, text, at, body);
      if (directive.isPresent() || startsWithKeyword(body)) {
        return directive;
      }
    }
    return Optional.empty();
  }

  /** The length of the comment marker at {@code at} ({@code 0} if none starts there). */
  private static int markerLength(String text, int at) {
    if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
      return 0;
    }
    if (text.charAt(at) == '#') {
      return 1;
    }
    return text.startsWith("//", at) ? 2 : 0;
  }

  private static boolean startsWithKeyword(String body) {
    return KEYWORDS.stream().anyMatch(body::startsWith);
  }

  private Optional<SuppressionDirective> directive(int line, String text, int at, String body) {
    Located located = new Located(line, text, at);
    if (body.startsWith(IGNORE_FILE)) {
      return ours(located, IGNORE_FILE, body.substring(IGNORE_FILE.length()), SuppressionDirective.Scope.FILE);
    }
    if (body.startsWith(IGNORE)) {
      return ours(located, IGNORE, body.substring(IGNORE.length()), SuppressionDirective.Scope.LINE);
    }
    if (body.startsWith(CHECKOV)) {
      return checkov(located, body.substring(CHECKOV.length()));
    }
    if (body.startsWith(TRIVY)) {
      return trivy(located, body.substring(TRIVY.length()));
    }
    return Optional.empty();
  }

  private Optional<SuppressionDirective> ours(Located located, String keyword, String rest,
      SuppressionDirective.Scope scope) {
    if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && ":=".indexOf(rest.charAt(0)) < 0) {
      return Optional.empty();
    }
    Set<String> named = new LinkedHashSet<>();
    List<String> written = new ArrayList<>();
    Matcher token = RULE_TOKEN.matcher(rest);
    int end = 0;
    while (token.region(end, rest.length()).lookingAt()) {
      String name = token.group(1);
      Optional<String> rule = rules.own(name);
      if (rule.isEmpty() && !BULWARK_ID.matcher(name).matches()) {
        break;
      }
      rule.ifPresentOrElse(named::add, () -> diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING,
          "unknown-rule", "`" + keyword + "` names " + name + ", which is not a Bulwark rule", located.range())));
      written.add(name);
      end = token.end();
    }
    if (written.isEmpty()) {
      diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "suppression-without-rule", "`" + keyword
          + "` names no rule; write the ids of the rules to suppress, e.g. `" + keyword + " BW201 <reason>`",
          located.range()));
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(located.directive(keyword + " " + String.join(",", written), scope, named,
        reason(rest.substring(end)), true));
  }

  private Optional<SuppressionDirective> checkov(Located located, String rest) {
    Matcher skip = CHECKOV_SKIP.matcher(rest.strip());
    if (!skip.matches()) {
      return Optional.empty();
    }
    Set<String> named = rules.peer(RuleReferences.Peer.CHECKOV, skip.group(1));
    return named.isEmpty() ? Optional.empty() : Optional.of(located.directive(CHECKOV + skip.group(1),
        SuppressionDirective.Scope.RESOURCE, named, reason(skip.group(2) == null ? "" : skip.group(2)), false));
  }

  private Optional<SuppressionDirective> trivy(Located located, String rest) {
    Matcher ignore = TRIVY_IGNORE.matcher(rest);
    if (!ignore.matches() || expired(ignore.group(2))) {
      return Optional.empty();
    }
    Set<String> named = rules.peer(RuleReferences.Peer.TRIVY, ignore.group(1));
    return named.isEmpty() ? Optional.empty() : Optional.of(located.directive(TRIVY + ignore.group(1),
        SuppressionDirective.Scope.LINE, named, reason(ignore.group(3)), false));
  }

  /** Whether an {@code [exp:yyyy-mm-dd]} in {@code attributes} has passed; an unreadable date has. */
  private boolean expired(String attributes) {
    Matcher expiry = EXPIRY.matcher(attributes);
    if (!expiry.find()) {
      return false;
    }
    try {
      return LocalDate.parse(expiry.group(1)).isBefore(today);
    } catch (DateTimeParseException e) {
      return true;
    }
  }

  /** The reason after the rule names, without a leading separator. */
  private static String reason(String rest) {
    return rest.strip().replaceFirst("^(--?|:|—)\\s*", "").strip();
  }

  private static boolean isCommentOnly(String line) {
    String stripped = line.strip();
    return stripped.startsWith("#") || stripped.startsWith("//");
  }

  /** A directive's position: its line, and the column its comment marker is at. */
  private final class Located {
    private final int line;
    private final String text;
    private final int at;

    Located(int line, String text, int at) {
      this.line = line;
      this.text = text;
      this.at = at;
    }

    Range range() {
      int start = source.offset(line, at + 1);
      return source.range(start, source.offset(line, 1) + text.stripTrailing().length());
    }

    /** Its own line when code comes before it; else the next line that is not a comment (0 if none). */
    int target() {
      if (!text.substring(0, at).isBlank()) {
        return line;
      }
      for (int next = line + 1; next <= source.lineCount(); next++) {
        String following = source.lineText(next);
        if (following.isBlank()) {
          return 0;
        }
        if (!isCommentOnly(following)) {
          return next;
        }
      }
      return 0;
    }

    SuppressionDirective directive(String written, SuppressionDirective.Scope scope, Set<String> named,
        String reason, boolean ours) {
      return new SuppressionDirective(range(), written, scope, named, reason, target(), ours);
    }
  }
}
