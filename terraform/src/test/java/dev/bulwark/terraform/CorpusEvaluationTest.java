package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Evaluates every unit of the real-world corpus named by the {@code bulwark.corpus.tf} system property: no unit may
 * throw or report an internal error; prints how many attribute values are known and unknown.
 */
@EnabledIfSystemProperty(named = CorpusEvaluationTest.PROPERTY, matches = ".*\\S.*")
class CorpusEvaluationTest {
  static final String PROPERTY = "bulwark.corpus.tf";

  @Test
  void everyUnitEvaluatesAndTheCensusIsPrinted() throws IOException {
    Path root = Path.of(System.getProperty(PROPERTY)).toAbsolutePath().normalize();
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        files.add(new SourceFile(file, relative, Files.size(file)));
      }
    }
    TerraformFrontend frontend = new TerraformFrontend();
    List<SourceFile> claimed = files.stream().filter(f -> frontend.claims(f.relativePath())).toList();
    ValueCensus census = new ValueCensus();
    List<String> failures = new ArrayList<>();
    Map<String, Integer> codes = new TreeMap<>();
    AnalysisContext context = AnalysisContext.of(ScanSettings.DEFAULTS, root);
    for (AnalysisUnit unit : frontend.group(claimed)) {
      try {
        UnitResult result = frontend.analyze(unit, context);
        result.resources().forEach(census::add);
        result.diagnostics().forEach(d -> codes.merge(d.code(), 1, Integer::sum));
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(unit.name() + ": " + e + " at " + List.of(e.getStackTrace()).subList(0,
            Math.min(6, e.getStackTrace().length)));
      }
    }
    failures.forEach(failure -> System.out.println("FAILED " + failure));
    System.out.print(census.report());
    System.out.println("diagnostics " + codes);
    assertThat(failures).isEmpty();
    assertThat(census.known() + census.unknown()).isPositive();
  }
}
