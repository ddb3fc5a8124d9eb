package dev.bulwark.benchmarks;

import java.nio.file.Path;

/** The corpus runner's command line: {@code FOLDER [--runs N] [--warmup N] [--threads N]}. */
record RunnerOptions(Path folder, int runs, int warmup, int threads) {
  static RunnerOptions parse(String[] args) {
    Path folder = null;
    int runs = 5;
    int warmup = 2;
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        default -> folder = Path.of(args[i]);
      }
    }
    if (folder == null || runs < 1 || warmup < 0 || threads < 1) {
      throw new IllegalArgumentException("usage: CorpusRunner FOLDER [--runs N] [--warmup N] [--threads N]");
    }
    return new RunnerOptions(folder, runs, warmup, threads);
  }
}
