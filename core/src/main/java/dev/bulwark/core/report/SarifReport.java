package dev.bulwark.core.report;

import dev.bulwark.core.BulwarkVersion;
import dev.bulwark.core.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a scan result as a SARIF 2.1.0 log that GitHub code scanning accepts: one run, every rule that ran in
 * {@code tool.driver.rules}, one result per finding with paths relative to {@code %SRCROOT%} (the scan's base
 * directory), and the diagnostics as tool execution notifications. The same result always gives the same bytes.
 */
public final class SarifReport {
  static final String INFORMATION_URI = "https://github.com/bulwark-dev/bulwark";

  private SarifReport() {}

  /**
   * What the log says about the run that produced it.
   *
   * @param toolVersion  the Bulwark version, written as the driver's {@code version} and {@code semanticVersion}
   * @param automationId the run's {@code automationDetails.id}; GitHub keeps one analysis per commit for each
   *                     category, the part before the last {@code /} (e.g. {@code bulwark/terraform/})
   * @param suppressed   whether suppressed findings are written too, each with its {@code suppressions} entry; off
   *                     by default, as GitHub code scanning ignores {@code suppressions} and would open an alert
   *                     for each of them
   */
  public record Options(String toolVersion, String automationId, boolean suppressed) {
    public Options {
      Objects.requireNonNull(toolVersion, "toolVersion");
      Objects.requireNonNull(automationId, "automationId");
    }

    /** This build's version, the automation id {@code bulwark/}, and no suppressed findings. */
    public static Options defaults() {
      return new Options(BulwarkVersion.current(), "bulwark/", false);
    }

    /** These options, writing suppressed findings too or not. */
    public Options withSuppressed(boolean include) {
      return new Options(toolVersion, automationId, include);
    }
  }

  /** Writes {@code result} with {@link Options#defaults()} to {@code out} as UTF-8, leaving it open. */
  public static void write(ScanResult result, OutputStream out) throws IOException {
    write(result, Options.defaults(), out);
  }

  /** Writes {@code result} to {@code out} as UTF-8, leaving it open. */
  public static void write(ScanResult result, Options options, OutputStream out) throws IOException {
    JsonOutput.write(log(result, options), out);
  }

  private static Sarif.Log log(ScanResult result, Options options) {
    SarifLocations locations = new SarifLocations(result.files());
    SarifResults.Converted converted = new SarifResults(result.rules(), locations)
        .convert(result.findings(), options.suppressed() ? result.suppressed() : List.of());
    List<Sarif.Notification> notifications = new ArrayList<>();
    result.diagnostics().forEach(diagnostic -> notifications.add(SarifNotifications.of(diagnostic, locations)));
    notifications.addAll(converted.notifications());

    Sarif.Component driver = new Sarif.Component("Bulwark", INFORMATION_URI, options.toolVersion(),
        options.toolVersion(), result.rules().stream().map(SarifRules::descriptor).toList());
    Sarif.Run run = new Sarif.Run(
        new Sarif.Tool(driver),
        new Sarif.AutomationDetails(options.automationId()),
        Map.of(Sarif.SRCROOT,
            new Sarif.ArtifactLocation(UriReferences.directory(result.baseDirectory()), null, null)),
        "utf16CodeUnits",
        locations.artifacts(),
        converted.results(),
        List.of(new Sarif.Invocation(true, notifications)));
    return new Sarif.Log(Sarif.SCHEMA, Sarif.VERSION, List.of(run));
  }
}
