package dev.bulwark.ansible;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.frontend.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Module arguments written as one string, {@code key=value key2="quoted value"}, split as Ansible splits them
 * (quotes and Jinja tags keep spaces together). Each argument gets the exact range of its key and value when the
 * scalar is written on one line without escapes; otherwise every argument is placed at the whole scalar.
 *
 * @param arguments the {@code key=value} pairs as a mapping of string scalars
 * @param raw       the words that are not {@code key=value} (e.g. the file of an {@code include_tasks}), if any
 */
record FreeForm(DocNode.Mapping arguments, Optional<DocNode.Scalar> raw) {
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** A word of the string: its text and its offsets within the scalar's text. */
  private record Word(String text, int start, int end) {}

  static FreeForm parse(DocNode.Scalar scalar, SourceText source) {
    Positions positions = Positions.of(scalar, source);
    List<DocNode.Entry> entries = new ArrayList<>();
    List<Word> raw = new ArrayList<>();
    for (Word word : split(scalar.text())) {
      int equals = word.text().indexOf('=');
      String key = equals < 0 ? "" : word.text().substring(0, equals);
      if (!KEY.matcher(key).matches()) {
        raw.add(word);
        continue;
      }
      int valueStart = word.start() + equals + 1;
      int valueEnd = word.end();
      String value = word.text().substring(equals + 1);
      if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
          && value.charAt(value.length() - 1) == value.charAt(0)) {
        value = value.substring(1, value.length() - 1);
        valueStart++;
        valueEnd--;
      }
      entries.add(new DocNode.Entry(
          new DocNode.Scalar(key, DocNode.Kind.STRING, Optional.empty(),
              positions.range(word.start(), word.start() + equals)),
          new DocNode.Scalar(value, DocNode.Kind.STRING, Optional.empty(), positions.range(valueStart, valueEnd))));
    }
    Optional<DocNode.Scalar> rawWords = raw.isEmpty()
        ? Optional.empty()
        : Optional.of(new DocNode.Scalar(String.join(" ", raw.stream().map(Word::text).toList()),
            DocNode.Kind.STRING, Optional.empty(), positions.range(raw.get(0).start(), raw.get(raw.size() - 1).end())));
    return new FreeForm(new DocNode.Mapping(entries, Optional.empty(), scalar.range()), rawWords);
  }

  /** Splits on blank space outside quotes and Jinja tags. */
  private static List<Word> split(String text) {
    List<Word> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      char quote = 0;
      int jinja = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (quote != 0) {
          i += c == '\\' ? 2 : 1;
          if (c == quote) {
            quote = 0;
          }
        } else if (jinja == 0 && Character.isWhitespace(c)) {
          break;
        } else if (c == '"' || c == '\'') {
          quote = c;
          i++;
        } else if (text.startsWith("{{", i) || text.startsWith("{%", i)) {
          jinja++;
          i += 2;
        } else if (jinja > 0 && (text.startsWith("}}", i) || text.startsWith("%}", i))) {
          jinja--;
          i += 2;
        } else {
          i++;
        }
      }
      int end = Math.min(i, n);
      words.add(new Word(text.substring(start, end), start, end));
    }
    return words;
  }

  /** Maps offsets within a scalar's text to source ranges, when the scalar is written as its text. */
  private record Positions(Range whole, SourceText source, int base, boolean exact) {
    static Positions of(DocNode.Scalar scalar, SourceText source) {
      Range range = scalar.range();
      if (range.startLine() == range.endLine() && range.file().equals(source.path())) {
        String written = source.text(range);
        int base = source.offset(range.startLine(), range.startColumn());
        if (written.equals(scalar.text())) {
          return new Positions(range, source, base, true);
        }
        if (written.length() == scalar.text().length() + 2 && written.substring(1, written.length() - 1)
            .equals(scalar.text())) {
          return new Positions(range, source, base + 1, true);
        }
      }
      return new Positions(range, source, 0, false);
    }

    Range range(int start, int end) {
      return exact ? source.range(base + start, base + end) : whole;
    }
  }
}
