package dev.bulwark.core.report;

/**
 * Makes scanned text safe to print on a terminal: control characters (other than tab) and bidirectional
 * formatting characters become U+FFFD, one character for one so that columns keep their place.
 */
final class TerminalText {
  private static final char REPLACEMENT = '\uFFFD';

  private TerminalText() {}

  static String clean(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (isUnsafe(chars[i])) {
        chars[i] = REPLACEMENT;
      }
    }
    return new String(chars);
  }

  private static boolean isUnsafe(char c) {
    return (Character.isISOControl(c) && c != '\t')
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }
}
