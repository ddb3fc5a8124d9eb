package dev.bulwark.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expected findings of a fixture.
 *
 * <ul>
 *   <li>In HCL and YAML, a trailing comment on the offending line: {@code publicly_accessible = true # expect: BW101}
 *       (several ids separated by commas or spaces; {@code //} comments work too).</li>
 *   <li>Optionally, a comment line of carets under it marks the exact columns: {@code #    ^^^^ BW101} (the id may
 *       be left out when the line expects one rule).</li>
 *   <li>JSON has no comments: {@code name.json} lists its expectations in {@code name.json.expect}, one
 *       {@code LINE: BWnnn[, BWnnn]} per line.</li>
 * </ul>
 */
final class MarkerReader {
  private static final Pattern INLINE = Pattern.compile("(?:#|//)\\s*expect:\\s*(BW\\d{3}(?:[\\s,]+BW\\d{3})*)\\s*$");
  private static final Pattern CARETS = Pattern.compile("^(\\s*(?:#|//)\\s*)(\\^+)\\s*(BW\\d{3})?\\s*$");
  private static final Pattern LISTED = Pattern.compile("^\\s*(\\d+)\\s*:\\s*(BW\\d{3}(?:[\\s,]+BW\\d{3})*)\\s*$");
  private static final Pattern ID = Pattern.compile("BW\\d{3}");

  private MarkerReader() {}

  static List<Expectation> read(Path file, String relativePath) {
    try {
      Path listing = file.resolveSibling(file.getFileName() + ".expect");
      return Files.exists(listing)
          ? listed(Files.readAllLines(listing, StandardCharsets.UTF_8), relativePath)
          : inline(lines(file), relativePath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return List.of(text.split("\r?\n", -1));
  }

  private static List<Expectation> listed(List<String> lines, String file) {
    List<Expectation> expectations = new ArrayList<>();
    for (String line : lines) {
      Matcher matcher = LISTED.matcher(line);
      if (matcher.matches()) {
        int number = Integer.parseInt(matcher.group(1));
        ids(matcher.group(2)).forEach(id -> expectations.add(new Expectation(file, number, id, Optional.empty())));
      } else if (!line.isBlank()) {
        throw new IllegalArgumentException(file + ".expect: not 'LINE: BWnnn': " + line);
      }
    }
    return expectations;
  }

  private static List<Expectation> inline(List<String> lines, String file) {
    List<Expectation> expectations = new ArrayList<>();
    int lastCodeLine = 0;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      Matcher carets = CARETS.matcher(line);
      if (carets.matches()) {
        attachColumns(expectations, file, lastCodeLine, carets);
        continue;
      }
      lastCodeLine = index + 1;
      Matcher inline = INLINE.matcher(line);
      if (inline.find()) {
        for (String id : ids(inline.group(1))) {
          expectations.add(new Expectation(file, lastCodeLine, id, Optional.empty()));
        }
      }
    }
    return expectations;
  }

  private static void attachColumns(List<Expectation> expectations, String file, int line, Matcher carets) {
    int start = carets.group(1).length() + 1;
    Expectation.Columns columns = new Expectation.Columns(start, start + carets.group(2).length());
    String rule = carets.group(3);
    for (int i = 0; i < expectations.size(); i++) {
      Expectation e = expectations.get(i);
      if (e.line() == line && e.columns().isEmpty() && (rule == null || rule.equals(e.ruleId()))) {
        expectations.set(i, new Expectation(file, line, e.ruleId(), Optional.of(columns)));
        return;
      }
    }
    throw new IllegalArgumentException(file + ":" + line + ": caret marker without a matching expect marker");
  }

  private static List<String> ids(String text) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = ID.matcher(text);
    while (matcher.find()) {
      ids.add(matcher.group());
    }
    return ids;
  }
}
