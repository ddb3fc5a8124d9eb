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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppression directives in a file's comments ({@code #}, {@code //} or {@code /* ... *}{@code /}, at the
 * start of a line or after whitespace, the comment starting with a directive, or a line of a {@code /*} comment
 * spanning lines, after its {@code *} if any; several directives may follow one another in one comment):
 *
 * <ul>
 *   <li>{@code bulwark:ignore BW201[,BW202…] [reason]}: the named rules (ids or names) on the line it is written on
 *       or, written on its own line, on the next line that is not a comment; or on every finding of a resource
 *       whose first line that is;
 *   <li>{@code bulwark:ignore-file BW303 [reason]}: the named rules in the whole file;
 *   <li>{@code checkov:skip=CKV_AWS_24[:reason]}: the rules that list that Checkov check, in the resource it is
 *       written in (or, above a resource, in that resource), as Checkov does;
 *   <li>{@code kics-scan disable=QUERY[,QUERY…]}: the rules that list those KICS queries, in the whole file, as KICS
 *       does;
 *   <li>{@code trivy:ignore:ID} and {@code tfsec:ignore:ID}, with an optional {@code :exp:yyyy-mm-dd} or
 *       {@code [exp:yyyy-mm-dd]} expiry: the rules that list that Trivy check (by its AVD id, with or without
 *       {@code AVD-}, or by its long id), on the line or resource below, as Trivy does, until the expiry date.
 * </ul>
 *
 * A Bulwark directive that names no rule, or an id that is no rule, is reported; peer checks that no rule maps to
 * (and peers' blanket {@code *} ignores) are left alone, as they belong to the peer.
 */
final class SuppressionComments {
  private static final String IGNORE = "bulwark:ignore";
  private static final String IGNORE_FILE = "bulwark:ignore-file";
  private static final String CHECKOV = "checkov:skip=";
  private static final String TRIVY = "trivy:ignore:";
  private static final String TFSEC = "tfsec:ignore:";
  private static final String KICS = "kics-scan disable=";
  private static final Pattern KEYWORD = Pattern.compile("(?<=^|[\\s#])(bulwark:ignore|checkov:skip=|trivy:ignore:"
      + "|tfsec:ignore:|kics-scan disable=)");
  private static final Pattern KICS_DISABLE = Pattern.compile("([A-Za-z0-9-]+(?:,[A-Za-z0-9-]+)*)(.*)", Pattern.DOTALL);
  private static final Pattern RULE_TOKEN = Pattern.compile("[\\s,:=]*([A-Za-z][A-Za-z0-9_-]*)");
  private static final Pattern BULWARK_ID = Pattern.compile("(?i)BW\\d+");
  private static final Pattern CHECKOV_SKIP = Pattern.compile("([A-Za-z0-9_]+)(?::(.*))?", Pattern.DOTALL);
  private static final Pattern PEER_IGNORE = Pattern.compile(
      "([A-Za-z0-9_.-]+?)((?::exp:[0-9-]+)|(?:\\[[a-z]+:[^\\]]*])*)(?=$|[\\s:\\[])(.*)", Pattern.DOTALL);
  private static final Pattern EXPIRY = Pattern.compile("exp:([0-9-]+)");

  private final SourceText source;
  private final RuleReferences rules;
  private final LocalDate today;
  private final List<Diagnostic> diagnostics;
  private final BlockComments blocks;

  private SuppressionComments(SourceText source, RuleReferences rules, LocalDate today,
      List<Diagnostic> diagnostics) {
    this.source = source;
    this.blocks = BlockComments.of(source);
    this.rules = rules;
    this.today = today;
    this.diagnostics = diagnostics;
  }

  /** The directives in {@code source}; malformed Bulwark directives are reported to {@code diagnostics}. */
  static List<SuppressionDirective> parse(SourceText source, RuleReferences rules, LocalDate today,
      List<Diagnostic> diagnostics) {
    if (!mayHoldDirective(source.text())) {
      return List.of();
    }
    return new SuppressionComments(source, rules, today, diagnostics).parse();
  }

  private List<SuppressionDirective> parse() {
    List<SuppressionDirective> found = new ArrayList<>();
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.lineText(line);
      int body = !mayHoldDirective(text) ? -1 : blocks.continues(line) ? continuedBody(text) : commentBody(text);
      if (body >= 0) {
        directives(line, text, body, found);
      }
    }
    return found;
  }

  /**
   * Whether {@code text} has a colon after {@code bulwark}, {@code checkov}, {@code trivy} or {@code tfsec}, or
   * {@code kics-scan}: two passes that rule out almost every file, which is all most files need.
   */
  private static boolean mayHoldDirective(String text) {
    if (text.contains("kics-scan")) {
      return true;
    }
    for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      if (text.startsWith("trivy", colon - 5) || text.startsWith("tfsec", colon - 5)
          || text.startsWith("bulwark", colon - 7) || text.startsWith("checkov", colon - 7)) {
        return true;
      }
    }
    return false;
  }

  /** Where the first comment that starts with a directive begins, after its marker ({@code -1} if none). */
  private static int commentBody(String text) {
    for (int at = 0; at < text.length(); at++) {
      int marker = markerLength(text, at);
      if (marker == 0) {
        continue;
      }
      int body = at + marker;
      while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
        body++;
      }
      if (KEYWORD.matcher(text).region(body, text.length()).lookingAt()) {
        return body;
      }
    }
    return -1;
  }

  /** Where a directive begins on a line that continues a block comment, after any {@code *} ({@code -1} if none). */
  private static int continuedBody(String text) {
    int body = 0;
    while (body < text.length() && (Character.isWhitespace(text.charAt(body))
        || text.charAt(body) == '*' && !text.startsWith("*/", body))) {
      body++;
    }
    return KEYWORD.matcher(text).region(body, text.length()).lookingAt() ? body : -1;
  }

  /** The length of the comment marker at {@code at} ({@code 0} if none starts there). */
  private static int markerLength(String text, int at) {
    if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
      return 0;
    }
    if (text.charAt(at) == '#') {
      return 1;
    }
    return text.startsWith("//", at) || text.startsWith("/*", at) ? 2 : 0;
  }

  /** Each directive of the comment from {@code body} on, up to the next directive or the end of the line. */
  private void directives(int line, String text, int body, List<SuppressionDirective> found) {
    List<Integer> starts = new ArrayList<>();
    Matcher keyword = KEYWORD.matcher(text).region(body, text.length()).useTransparentBounds(true);
    while (keyword.find()) {
      starts.add(keyword.start());
    }
    boolean ownLine = text.substring(0, body).strip().matches("#+|//|/\\*|\\**");
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      String segment = withoutTrailingMarkers(text.substring(starts.get(i), end));
      Located located = new Located(line, starts.get(i), starts.get(i) + segment.length(), ownLine);
      directive(located, segment).ifPresent(found::add);
    }
  }

  /** {@code segment} without trailing whitespace, the end of a block comment and the marker of a comment after it. */
  private static String withoutTrailingMarkers(String segment) {
    int end = segment.length();
    while (end > 0 && isTrailing(segment.charAt(end - 1))) {
      end--;
    }
    return segment.substring(0, end);
  }

  private static boolean isTrailing(char c) {
    return Character.isWhitespace(c) || "#/*".indexOf(c) >= 0;
  }

  private Optional<SuppressionDirective> directive(Located located, String segment) {
    if (segment.startsWith(IGNORE_FILE)) {
      return ours(located, IGNORE_FILE, segment.substring(IGNORE_FILE.length()), SuppressionDirective.Scope.FILE);
    }
    if (segment.startsWith(IGNORE)) {
      return ours(located, IGNORE, segment.substring(IGNORE.length()), SuppressionDirective.Scope.LINE);
    }
    if (segment.startsWith(CHECKOV)) {
      return checkov(located, segment.substring(CHECKOV.length()));
    }
    if (segment.startsWith(KICS)) {
      return kics(located, segment.substring(KICS.length()));
    }
    String keyword = segment.startsWith(TRIVY) ? TRIVY : TFSEC;
    return peerIgnore(located, keyword, segment.substring(keyword.length()));
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

  private Optional<SuppressionDirective> kics(Located located, String rest) {
    Matcher disable = KICS_DISABLE.matcher(rest);
    if (!disable.matches()) {
      return Optional.empty();
    }
    Set<String> named = new TreeSet<>();
    for (String query : disable.group(1).split(",")) {
      named.addAll(rules.peer(RuleReferences.Peer.KICS, query));
    }
    return named.isEmpty() ? Optional.empty() : Optional.of(located.directive(KICS + disable.group(1),
        SuppressionDirective.Scope.FILE, named, reason(disable.group(2)), false));
  }

  private Optional<SuppressionDirective> peerIgnore(Located located, String keyword, String rest) {
    Matcher ignore = PEER_IGNORE.matcher(rest);
    if (!ignore.matches() || expired(ignore.group(2))) {
      return Optional.empty();
    }
    Set<String> named = rules.peer(RuleReferences.Peer.TRIVY, ignore.group(1));
    return named.isEmpty() ? Optional.empty() : Optional.of(located.directive(keyword + ignore.group(1),
        SuppressionDirective.Scope.LINE, named, reason(ignore.group(3)), false));
  }

  /** Whether an expiry in {@code attributes} has passed; an unreadable date has. */
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
    return stripped.startsWith("#") || stripped.startsWith("//") || stripped.startsWith("/*");
  }

  /** A directive's position: its line, its columns, and whether its comment has the line to itself. */
  private final class Located {
    private final int line;
    private final int start;
    private final int end;
    private final boolean ownLine;

    Located(int line, int start, int end, boolean ownLine) {
      this.line = line;
      this.start = start;
      this.end = end;
      this.ownLine = ownLine;
    }

    Range range() {
      int lineStart = source.offset(line, 1);
      return source.range(lineStart + start, lineStart + end);
    }

    /** Its own line when code comes before it; else the next line that is not a comment (0 if none). */
    int target() {
      if (!ownLine) {
        return line;
      }
      for (int next = line + 1; next <= source.lineCount(); next++) {
        String following = source.lineText(next);
        if (blocks.continues(next)) {
          if (!blocks.commentOnly(next)) {
            return next;
          }
        } else if (following.isBlank()) {
          return 0;
        } else if (!isCommentOnly(following)) {
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
