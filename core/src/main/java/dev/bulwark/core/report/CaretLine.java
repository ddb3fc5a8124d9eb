package dev.bulwark.core.report;

/**
 * The marker line under a source line: {@code carets} under the marked columns, after a {@code lead} with a space
 * for each character before them, except that a tab stays a tab so the carets line up however the terminal
 * expands tabs.
 */
record CaretLine(String lead, String carets) {
  /**
   * Marks columns {@code startColumn} (1-based) up to {@code endColumn} (exclusive) of {@code line}, clamped to
   * the line's end; at least one caret. A surrogate pair counts as one character.
   */
  static CaretLine under(String line, int startColumn, int endColumn) {
    int start = Math.min(startColumn - 1, line.length());
    int end = Math.min(Math.max(endColumn - 1, start), line.length());
    StringBuilder lead = new StringBuilder();
    for (int i = 0; i < start; i++) {
      char c = line.charAt(i);
      if (!Character.isLowSurrogate(c)) {
        lead.append(c == '\t' ? '\t' : ' ');
      }
    }
    return new CaretLine(lead.toString(), "^".repeat(Math.max(1, line.codePointCount(start, end))));
  }

  @Override
  public String toString() {
    return lead + carets;
  }
}
