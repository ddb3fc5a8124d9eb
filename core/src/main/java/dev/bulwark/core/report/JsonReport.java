package dev.bulwark.core.report;

import dev.bulwark.core.BulwarkVersion;
import dev.bulwark.core.ScanResult;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a scan result as JSON with stable camelCase field names: the tool, the base directory, a summary, the
 * findings, the suppressed findings with why, the diagnostics, the files scanned and the rules that ran, in the scan
 * result's order. The format is documented field by field in {@code docs/json-format.md}; timings are left out so
 * that the same result always gives the same bytes.
 */
public final class JsonReport {
  private JsonReport() {}

  /** Writes {@code result}, naming this build's version, to {@code out} as UTF-8, leaving it open. */
  public static void write(ScanResult result, OutputStream out) throws IOException {
    write(result, BulwarkVersion.current(), out);
  }

  /** Writes {@code result}, naming {@code toolVersion}, to {@code out} as UTF-8, leaving it open. */
  public static void write(ScanResult result, String toolVersion, OutputStream out) throws IOException {
    JsonOutput.write(JsonDocument.of(result, toolVersion), out);
  }
}
