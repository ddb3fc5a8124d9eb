package dev.bulwark.benchmarks;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ScannedFile;
import dev.bulwark.core.Timings;
import dev.bulwark.core.scan.Scanner;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scans a folder N times in one JVM and prints what it found and the median wall time and throughput of each
 * phase. Usage: {@code CorpusRunner FOLDER [--runs N] [--warmup N] [--threads N]}.
 */
public final class CorpusRunner {
  private CorpusRunner() {}

  /** Runs the corpus benchmark. */
  public static void main(String[] args) {
    RunnerOptions options = RunnerOptions.parse(args);
    if (!Files.isDirectory(options.folder())) {
      System.err.println("not a folder: " + options.folder());
      System.exit(2);
    }
    Scanner scanner = Scanner.builder().path(options.folder()).parallelism(options.threads()).build();
    for (int i = 0; i < options.warmup(); i++) {
      scanner.scan();
    }
    List<ScanResult> runs = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      runs.add(scanner.scan());
    }
    report(runs.get(runs.size() - 1), runs, options);
  }

  private static void report(ScanResult last, List<ScanResult> runs, RunnerOptions options) {
    long bytes = last.files().stream().mapToLong(ScannedFile::bytes).sum();
    double megabytes = bytes / 1_000_000.0;
    int files = last.files().size();
    System.out.printf(Locale.ROOT, "folder       %s%n", options.folder());
    System.out.printf(Locale.ROOT, "runs         %d (after %d warm-up), %d threads%n", runs.size(), options.warmup(),
        options.threads());
    System.out.printf(Locale.ROOT, "files        %d (%.2f MB)%n", files, megabytes);
    System.out.printf(Locale.ROOT, "resources    %d, references %d%n", last.resources(), last.references());
    System.out.printf(Locale.ROOT, "findings     %d%n", last.findings().size());
    byRule(last).forEach((rule, count) -> System.out.printf(Locale.ROOT, "  %-10s %d%n", rule, count));
    System.out.printf(Locale.ROOT, "diagnostics  %d%n", last.diagnostics().size());
    byCode(last).forEach((code, count) -> System.out.printf(Locale.ROOT, "  %-20s %d%n", code, count));
    System.out.printf(Locale.ROOT, "%-10s %12s %12s %10s%n", "phase", "median ms", "files/s", "MB/s");
    phase("discover", runs, Timings::discover, files, megabytes);
    phase("parse", runs, Timings::parse, files, megabytes);
    phase("graph", runs, Timings::graph, files, megabytes);
    phase("rules", runs, Timings::rules, files, megabytes);
    phase("total", runs, Timings::total, files, megabytes);
  }

  private static Map<String, Long> byRule(ScanResult result) {
    return result.findings().stream()
        .collect(Collectors.groupingBy(finding -> finding.ruleId(), TreeMap::new, Collectors.counting()));
  }

  private static Map<String, Long> byCode(ScanResult result) {
    return result.diagnostics().stream()
        .collect(Collectors.groupingBy(Diagnostic::code, TreeMap::new, Collectors.counting()));
  }

  private static void phase(String name, List<ScanResult> runs, Function<Timings, Duration> phase, int files,
      double megabytes) {
    List<Duration> times = runs.stream().map(run -> phase.apply(run.timings())).sorted(Comparator.naturalOrder())
        .toList();
    double seconds = median(times).toNanos() / 1e9;
    System.out.printf(Locale.ROOT, "%-10s %12.1f %12.0f %10.2f%n", name, seconds * 1000, files / seconds,
        megabytes / seconds);
  }

  private static Duration median(List<Duration> sorted) {
    int size = sorted.size();
    return size % 2 == 1
        ? sorted.get(size / 2)
        : sorted.get(size / 2 - 1).plus(sorted.get(size / 2)).dividedBy(2);
  }
}
