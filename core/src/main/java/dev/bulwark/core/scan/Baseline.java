package dev.bulwark.core.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Findings accepted earlier, known by their fingerprints, which survive edits elsewhere in a file: a scan with a
 * baseline counts only the findings that are not in it, so a build can fail on new findings alone. Written by
 * {@code dev.bulwark.core.report.BaselineReport}; the format is described in {@code docs/json-format.md}.
 *
 * @param name         how the baseline is named in suppressions and notes, e.g. its file name
 * @param fingerprints the accepted findings' fingerprints
 */
public record Baseline(String name, Set<String> fingerprints) {
  /** The {@code version} a baseline file declares. */
  public static final int VERSION = 1;

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

  public Baseline {
    Objects.requireNonNull(name, "name");
    fingerprints = Set.copyOf(fingerprints);
  }

  /**
   * Reads a baseline file, named by its file name (reports and notes then say where the file is without giving away
   * the folders it sits in); a file that is not a baseline fails with a message saying what is wrong.
   */
  public static Baseline read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(String.valueOf(file.getFileName()), in);
    }
  }

  /** Reads a baseline named {@code name} from {@code in}, leaving it open. */
  public static Baseline read(String name, InputStream in) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(in);
    if (root == null || !root.isObject() || root.path("version").asInt(-1) != VERSION
        || !root.path("findings").isArray()) {
      throw new IOException(name + " is not a Bulwark baseline: expected an object with \"version\": " + VERSION
          + " and a \"findings\" array");
    }
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode entry : root.get("findings")) {
      String fingerprint = entry.path("fingerprint").asText("");
      if (!FINGERPRINT.matcher(fingerprint).matches()) {
        throw new IOException(name + " is not a Bulwark baseline: finding " + fingerprints.size()
            + " has no 32-digit hexadecimal \"fingerprint\"");
      }
      fingerprints.add(fingerprint);
    }
    return new Baseline(name, fingerprints);
  }

  /**
   * Moves the findings this baseline accepts from {@code findings} to {@code suppressed} and returns the rest; a note
   * in {@code diagnostics} counts the accepted findings no longer found.
   */
  List<Finding> apply(List<Finding> findings, List<SuppressedFinding> suppressed, List<Diagnostic> diagnostics) {
    Suppression accepted = new Suppression.Baseline(name);
    Set<String> found = new HashSet<>();
    suppressed.forEach(entry -> found.add(entry.finding().fingerprint()));
    List<Finding> remaining = new ArrayList<>();
    for (Finding finding : findings) {
      found.add(finding.fingerprint());
      if (fingerprints.contains(finding.fingerprint())) {
        suppressed.add(new SuppressedFinding(finding, accepted));
      } else {
        remaining.add(finding);
      }
    }
    long gone = fingerprints.stream().filter(fingerprint -> !found.contains(fingerprint)).count();
    if (gone > 0) {
      diagnostics.add(Diagnostic.forFile(Diagnostic.Level.NOTE, "baseline-entries-gone", gone
          + (gone == 1 ? " finding" : " findings") + " of the baseline " + name
          + " no longer found (fixed, or the resource was renamed or moved); write the baseline again to drop "
          + (gone == 1 ? "it" : "them"), ""));
    }
    return remaining;
  }
}
