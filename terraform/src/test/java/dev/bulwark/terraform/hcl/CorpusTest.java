package dev.bulwark.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Every .tf and .tfvars file of a real-world corpus must parse; also prints the parser's throughput. */
@EnabledIfSystemProperty(named = CorpusFiles.PROPERTY, matches = ".*\\S.*")
class CorpusTest {
  private static final int TIMED_ROUNDS = 3;

  @Test
  void everyFileParses() {
    List<SourceText> files = CorpusFiles.load();
    List<String> failures = new ArrayList<>();
    for (SourceText file : files) {
      ParseResult result = HclParser.parse(file, Hcl.DEPTH);
      if (!result.errors().isEmpty()) {
        failures.add(file.path() + ": " + result.errors().get(0));
      }
    }
    failures.forEach(f -> System.out.println("FAILED " + f));
    System.out.printf(Locale.ROOT, "corpus: %d files, %d parsed, %d failed%n", files.size(),
        files.size() - failures.size(), failures.size());
    assertThat(files).isNotEmpty();
    assertThat(failures).isEmpty();
  }

  @Test
  void throughput() {
    List<SourceText> files = CorpusFiles.load();
    long bytes = files.stream().mapToLong(SourceText::bytes).sum();
    files.forEach(f -> HclParser.parse(f, Hcl.DEPTH));
    long start = System.nanoTime();
    for (int round = 0; round < TIMED_ROUNDS; round++) {
      files.forEach(f -> HclParser.parse(f, Hcl.DEPTH));
    }
    double seconds = (System.nanoTime() - start) / 1e9 / TIMED_ROUNDS;
    System.out.printf(Locale.ROOT, "corpus throughput: %.1f MB in %.2f s per round, %.1f MB/s%n", bytes / 1e6,
        seconds, bytes / 1e6 / seconds);
    assertThat(seconds).isPositive();
  }
}
