package dev.bulwark.terraform.hcl;

/** Unicode white space, as strip markers and heredoc indentation understand it (Go's {@code unicode.IsSpace}). */
final class UnicodeSpace {
  private UnicodeSpace() {}

  static boolean is(char c) {
    return c >= '\t' && c <= '\r' || c == '\u0085' || Character.isSpaceChar(c);
  }

  /** How many white space characters {@code text} starts with. */
  static int leading(String text) {
    int i = 0;
    while (i < text.length() && is(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** How many white space characters {@code text} ends with. */
  static int trailing(String text) {
    int i = text.length();
    while (i > 0 && is(text.charAt(i - 1))) {
      i--;
    }
    return text.length() - i;
  }
}
