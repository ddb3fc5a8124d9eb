package dev.bulwark.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Turns the scan's paths into URIs: relative paths into URI references, the base directory into a file URI. */
final class UriReferences {
  private static final String KEEP = "-._~!$&'()*+,;=@/";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriReferences() {}

  /**
   * A relative {@code /}-separated path as a relative URI reference: every byte of its UTF-8 form other than an
   * unreserved character, a sub-delimiter, {@code @} or {@code /} is percent-encoded ({@code :} too, so that a
   * first segment cannot read as a scheme).
   */
  static String relative(String path) {
    StringBuilder uri = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (isAsciiAlphanumeric(c) || KEEP.indexOf(c) >= 0) {
        uri.append(c);
      } else {
        uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return uri.toString();
  }

  /** The absolute {@code file:} URI of a directory, ending in {@code /} as SARIF requires of a base URI. */
  static String directory(Path directory) {
    String uri = directory.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
