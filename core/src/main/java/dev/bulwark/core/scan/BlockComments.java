package dev.bulwark.core.scan;

import dev.bulwark.core.frontend.SourceText;
import java.util.BitSet;

/**
 * The lines of a file inside a {@code /* ... *}{@code /} comment that spans lines and whose opening marker starts a
 * line (so that a {@code /*} inside a string, such as an S3 ARN's {@code bucket/*}, opens nothing).
 */
final class BlockComments {
  private final BitSet continued = new BitSet();
  private final BitSet commentOnly = new BitSet();

  private BlockComments() {}

  static BlockComments of(SourceText source) {
    BlockComments comments = new BlockComments();
    if (source.text().contains("/*")) {
      comments.read(source);
    }
    return comments;
  }

  private void read(SourceText source) {
    boolean open = false;
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.lineText(line);
      if (open) {
        continued.set(line);
        int close = text.indexOf("*/");
        open = close < 0;
        if (open || text.substring(close + 2).isBlank()) {
          commentOnly.set(line);
        }
      } else {
        String stripped = text.stripLeading();
        open = stripped.startsWith("/*") && stripped.indexOf("*/", 2) < 0;
      }
    }
  }

  /** Whether {@code line} continues a comment opened on an earlier line (its closing line included). */
  boolean continues(int line) {
    return continued.get(line);
  }

  /** Whether {@code line} continues such a comment and holds nothing after it. */
  boolean commentOnly(int line) {
    return commentOnly.get(line);
  }
}
