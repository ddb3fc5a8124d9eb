package dev.bulwark.benchmarks;

import dev.bulwark.core.ScanResult;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end scan (discover, parse, graph, rules) of generated projects: {@code modules} folders of 20 blocks each.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ScanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScanBenchmark {
  @Param({"10", "100"})
  int modules;

  private Path project;
  private Scanner scanner;

  @Setup
  public void generate() throws IOException {
    project = Files.createTempDirectory("bulwark-bench");
    for (int i = 0; i < modules; i++) {
      Path module = Files.createDirectories(project.resolve("module" + i));
      Files.writeString(module.resolve("main.tf"), SyntheticModule.text(20));
    }
    scanner = Scanner.builder().path(project).build();
  }

  /** Scans the project. */
  @Benchmark
  public ScanResult scan() {
    return scanner.scan();
  }

  /** Deletes the project. */
  @TearDown
  public void delete() throws IOException {
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
