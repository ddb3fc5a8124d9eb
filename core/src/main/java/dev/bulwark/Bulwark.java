package dev.bulwark;

import dev.bulwark.core.BulwarkVersion;
import dev.bulwark.core.scan.Scanner;

/**
 * The library's entry point. A scan in a few lines:
 *
 * <pre>{@code
 * ScanResult result = Bulwark.scanner()
 *     .path(Path.of("infra"))
 *     .minimumSeverity(Severity.MEDIUM)
 *     .build()
 *     .scan();
 * SarifReport.write(result, Files.newOutputStream(Path.of("bulwark.sarif")));
 * }</pre>
 *
 * <p>Scanners are immutable and thread-safe; a scan prints nothing, exits nothing and keeps no global state. The
 * front ends and rules on the classpath are used unless the builder is given others.
 */
public final class Bulwark {
  private Bulwark() {}

  /** A builder for a scanner over the front ends and rules on the classpath. */
  public static Scanner.Builder scanner() {
    return Scanner.builder();
  }

  /** This build's version. */
  public static String version() {
    return BulwarkVersion.current();
  }
}
