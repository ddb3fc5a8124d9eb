package dev.bulwark.maven;

import dev.bulwark.core.ScanResult;
import dev.bulwark.core.report.JUnitReport;
import dev.bulwark.core.report.JsonReport;
import dev.bulwark.core.report.SarifReport;
import dev.bulwark.core.report.TextReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the requested reports into a folder: {@code bulwark.sarif}, {@code bulwark.json}, {@code bulwark.txt} and
 * {@code bulwark-junit.xml}.
 */
final class ReportFiles {
  private ReportFiles() {}

  /** Writes {@code formats} of {@code result} into {@code folder}, the SARIF log with {@code sarif} options. */
  static void write(ScanResult result, List<String> formats, Path folder, SarifReport.Options sarif)
      throws IOException {
    Files.createDirectories(folder);
    for (String format : formats) {
      switch (format.trim().toLowerCase(Locale.ROOT)) {
        case "sarif" -> {
          try (OutputStream out = Files.newOutputStream(folder.resolve("bulwark.sarif"))) {
            SarifReport.write(result, sarif, out);
          }
        }
        case "json" -> {
          try (OutputStream out = Files.newOutputStream(folder.resolve("bulwark.json"))) {
            JsonReport.write(result, out);
          }
        }
        case "text" -> {
          try (Writer out = Files.newBufferedWriter(folder.resolve("bulwark.txt"), StandardCharsets.UTF_8)) {
            TextReport.write(result, out, false);
          }
        }
        case "junit" -> {
          try (OutputStream out = Files.newOutputStream(folder.resolve("bulwark-junit.xml"))) {
            JUnitReport.write(result, out);
          }
        }
        default -> throw new IllegalArgumentException("unknown report format " + format
            + " (sarif, json, text, junit)");
      }
    }
  }
}
