package dev.bulwark.core.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints that survive edits elsewhere in a file: rule, file, unit, resource and attribute, not the line. */
final class Fingerprints {
  private Fingerprints() {}

  static String of(String ruleId, String file, String unit, String address, String attribute) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String key = String.join("\u0000", ruleId, file, unit, address, attribute);
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
