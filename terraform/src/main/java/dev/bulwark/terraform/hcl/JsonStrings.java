package dev.bulwark.terraform.hcl;

import java.util.Arrays;

/** Where the characters of a JSON string's decoded text are written in its file. */
final class JsonStrings {
  private JsonStrings() {}

  /**
   * For each character of {@code decoded}, the offset in {@code file} where it is written, and one more entry, the
   * offset of the closing quote. {@code start} is the offset of the opening quote. When the written string does not
   * decode to {@code decoded} character for character, every entry is the opening quote's offset.
   */
  static int[] offsets(String decoded, CharSequence file, int start) {
    int[] offsets = new int[decoded.length() + 1];
    int at = start + 1;
    for (int i = 0; i < decoded.length(); i++) {
      if (at >= file.length()) {
        Arrays.fill(offsets, start);
        return offsets;
      }
      offsets[i] = at;
      at += file.charAt(at) != '\\' ? 1 : at + 1 < file.length() && file.charAt(at + 1) == 'u' ? 6 : 2;
    }
    offsets[decoded.length()] = at;
    if (at >= file.length() || file.charAt(at) != '"') {
      Arrays.fill(offsets, start);
    }
    return offsets;
  }
}
