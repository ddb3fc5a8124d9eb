package dev.bulwark.benchmarks;

import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.JsonSyntax;
import dev.bulwark.terraform.hcl.ParseResult;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parser throughput on generated modules of growing size, in native and in JSON syntax; the time per operation
 * should grow linearly with {@code blocks}. Run: {@code java -jar benchmarks/target/benchmarks.jar HclParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HclParseBenchmark {
  @Param({"10", "100", "1000"})
  int blocks;

  private SourceText source;
  private SourceText json;

  @Setup
  public void generate() {
    source = SourceText.of("main.tf", SyntheticModule.text(blocks));
    json = SourceText.of("main.tf.json", SyntheticModule.json(blocks));
  }

  /** Parses the module. */
  @Benchmark
  public ParseResult parse() {
    return HclParser.parse(source, 200);
  }

  /** Parses the module written in JSON syntax. */
  @Benchmark
  public ParseResult parseJson() {
    return JsonSyntax.configuration(json, ScanSettings.DEFAULTS);
  }
}
