package dev.bulwark.core.report;

import dev.bulwark.core.Category;
import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ScannedFile;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.Timings;
import dev.bulwark.core.rule.RuleMetadata;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Hand-built scan results for the reporter tests. */
final class Samples {
  static final Path BASE = Path.of("/srv/scan root").toAbsolutePath();

  static final RuleMetadata PUBLIC_DB = new RuleMetadata("BW101", "db-instance-publicly-accessible",
      "Database instance is publicly accessible", Severity.HIGH, Category.PUBLIC_DATABASE, List.of("aws"),
      Map.of("terraform", "Set `publicly_accessible = false`.",
          "cloudformation", "Set `PubliclyAccessible: false`."),
      """
          A publicly accessible database instance gets a public address.
          Anyone can then try to connect.

          Keep databases in private subnets.""",
      List.of("https://docs.aws.amazon.com/rds", "https://registry.terraform.io/db_instance"),
      List.of("CKV_AWS_17"), List.of("35113e6f-2c6b-414d-beec-7a9482d3b2d1"), List.of("AVD-AWS-0180"),
      List.of(), true);

  static final RuleMetadata UNENCRYPTED = new RuleMetadata("BW301", "volume-unencrypted",
      "Block volume is not encrypted", Severity.MEDIUM, Category.UNENCRYPTED_STORAGE, List.of("aws", "gcp"),
      Map.of("terraform", "Set `encrypted = true`."), "Unencrypted volumes leak data.", List.of(), List.of(),
      List.of(), List.of(), List.of(), true);

  static final RuleMetadata NO_LOGGING = new RuleMetadata("BW401", "bucket-access-logging-disabled",
      "Bucket access logging is disabled", Severity.LOW, Category.LOGGING_DISABLED, List.of("aws"),
      Map.of("ansible", "Set `logging`."), "Without access logs nobody knows who read the data.",
      List.of("https://docs.aws.amazon.com/s3-logging"), List.of("CKV_AWS_18"), List.of(), List.of(), List.of(), true);

  static final Timings TIMINGS =
      new Timings(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(3), Duration.ofMillis(4));

  static final String TABBED_LINE = "\tlogging {\t}";

  private Samples() {}

  static Finding publicDatabase() {
    return new Finding("BW101", Severity.HIGH, Category.PUBLIC_DATABASE,
        "Database instance `aws_db_instance.main` is reachable from the internet: `publicly_accessible` should be"
            + " false; it is true.",
        Range.ofLine("main.tf", 3, 3, 29), "aws_db_instance", "aws_db_instance.main", "publicly_accessible",
        List.of(new RelatedLocation(Range.ofLine("variables.tf", 2, 13, 17), "variable default"),
            new RelatedLocation(Range.ofLine("main.tf", 1, 1, 33), "resource")),
        "0123456789abcdef0123456789abcdef",
        new Excerpt(3, List.of("  publicly_accessible = true")));
  }

  static Finding unencryptedVolume() {
    return new Finding("BW301", Severity.MEDIUM, Category.UNENCRYPTED_STORAGE,
        "Volume `aws_ebs_volume.data[\"a.b\"]` is not encrypted.",
        new Range("my dir/s3 bucket.tf", 2, 3, 4, 4), "aws_ebs_volume", "aws_ebs_volume.data[\"a.b\"]", "",
        List.of(), "fedcba9876543210fedcba9876543210",
        new Excerpt(2, List.of("  encrypted = {", "    value = false", "  }")));
  }

  static Finding loggingDisabled() {
    return new Finding("BW401", Severity.LOW, Category.LOGGING_DISABLED, "Bucket `logs` has no access logging.",
        Range.ofLine("main.tf", 7, 2, 9), "aws_s3_bucket", "aws_s3_bucket.logs", "logging", List.of(),
        "00112233445566778899aabbccddeeff", new Excerpt(6, List.of("resource \"aws_s3_bucket\" \"logs\" {",
            TABBED_LINE, "}")));
  }

  static ScanResult empty() {
    return new ScanResult(BASE, List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, TIMINGS);
  }

  /** The sample result with other findings. */
  static ScanResult with(List<Finding> findings) {
    ScanResult sample = result();
    return new ScanResult(BASE, findings, List.of(), sample.diagnostics(), sample.files(), sample.rules(), 7, 3,
        TIMINGS);
  }

  /** The sample result with one finding suppressed in the code and one accepted in a baseline. */
  static ScanResult withSuppressed() {
    ScanResult sample = result();
    Finding replica = new Finding("BW101", Severity.HIGH, Category.PUBLIC_DATABASE, "Database `replica` is public.",
        Range.ofLine("main.tf", 12, 3, 29), "aws_db_instance", "aws_db_instance.replica", "publicly_accessible",
        List.of(), "0123456789abcdef0123456789abcdef", new Excerpt(12, List.of("  publicly_accessible = true")));
    Finding old = new Finding("BW401", Severity.LOW, Category.LOGGING_DISABLED, "Bucket `old` has no access logging.",
        Range.ofLine("main.tf", 20, 1, 30), "aws_s3_bucket", "aws_s3_bucket.old", "logging", List.of(),
        "ffeeddccbbaa99887766554433221100", new Excerpt(20, List.of("resource \"aws_s3_bucket\" \"old\" {")));
    return new ScanResult(BASE, sample.findings(), List.of(
        new SuppressedFinding(replica, new Suppression.InSource(Range.ofLine("main.tf", 11, 3, 50),
            "bulwark:ignore BW101", "read-only replica for reporting")),
        new SuppressedFinding(old, new Suppression.Baseline("bulwark-baseline.json"))),
        sample.diagnostics(), sample.files(), sample.rules(), 7, 3, TIMINGS);
  }

  static ScanResult result() {
    return new ScanResult(BASE,
        List.of(publicDatabase(), loggingDisabled(), unencryptedVolume()),
        List.of(),
        List.of(Diagnostic.at(Diagnostic.Level.ERROR, "parse-error", "unexpected `}`",
                Range.ofLine("broken.tf", 4, 7, 8)),
            Diagnostic.forFile(Diagnostic.Level.WARNING, "file-too-large", "skipped: too large", "huge.tf"),
            new Diagnostic(Diagnostic.Level.NOTE, "no-files", "nothing else to scan", "",
                java.util.Optional.empty())),
        List.of(new ScannedFile("broken.tf", "terraform", 40), new ScannedFile("main.tf", "terraform", 320),
            new ScannedFile("my dir/s3 bucket.tf", "terraform", 64), new ScannedFile("variables.tf", "terraform", 90)),
        List.of(PUBLIC_DB, UNENCRYPTED, NO_LOGGING), 7, 3,
        TIMINGS);
  }
}
