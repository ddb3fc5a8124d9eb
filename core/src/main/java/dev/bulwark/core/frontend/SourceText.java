package dev.bulwark.core.frontend;

import dev.bulwark.core.Range;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The decoded text of one source file with a line index, turning UTF-16 offsets into 1-based line/column
 * {@link Range}s. A leading byte-order mark is dropped before anything else, so it shifts no column; lines end at
 * {@code \n}, and a {@code \r} before it belongs to the line it ends.
 */
public final class SourceText {
  private final String path;
  private final String text;
  private final int[] lineStarts;
  private final long bytes;

  private SourceText(String path, String text, long bytes) {
    this.path = Objects.requireNonNull(path, "path");
    this.text = text;
    this.bytes = bytes;
    this.lineStarts = lineStarts(text);
  }

  /** Decodes {@code content} as UTF-8 (malformed bytes become U+FFFD) for the file at relative {@code path}. */
  public static SourceText decode(String path, byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
    return new SourceText(path, stripBom(text), content.length);
  }

  /** Text given directly, e.g. in tests; a leading byte-order mark is dropped. */
  public static SourceText of(String path, String text) {
    return new SourceText(path, stripBom(text), text.getBytes(StandardCharsets.UTF_8).length);
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The path relative to the scan's base directory. */
  public String path() {
    return path;
  }

  /** The text, without a byte-order mark. */
  public String text() {
    return text;
  }

  /** The size of the file in bytes as read. */
  public long bytes() {
    return bytes;
  }

  /** The number of lines (a final line without a terminator counts; an empty file has one line). */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line that UTF-16 {@code offset} is on. */
  public int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based column of UTF-16 {@code offset} on its line. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** The UTF-16 offset of 1-based {@code line} and {@code column}. */
  public int offset(int line, int column) {
    return lineStarts[line - 1] + column - 1;
  }

  /** The range from UTF-16 offset {@code start} (inclusive) to {@code end} (exclusive). */
  public Range range(int start, int end) {
    return new Range(path, line(start), column(start), line(end), column(end));
  }

  /** The text between two UTF-16 offsets. */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** The text covered by {@code range}. */
  public String text(Range range) {
    return text.substring(offset(range.startLine(), range.startColumn()), offset(range.endLine(), range.endColumn()));
  }

  /** Line {@code line} (1-based) without its terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r' && line < lineStarts.length) {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }
}
