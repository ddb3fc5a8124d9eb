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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Evaluates the real-world corpus named by the {@code bulwark.corpus.tf} system property: no unit may throw; prints
 * how many attribute values are known and unknown, for the units the front end makes and for each folder analysed
 * on its own (counting only what the folder itself declares, as before modules were evaluated), and the diagnostics.
 */
@EnabledIfSystemProperty(named = CorpusEvaluationTest.PROPERTY, matches = ".*\\S.*")
class CorpusEvaluationTest {
  static final String PROPERTY = "bulwark.corpus.tf";

  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> codes = new TreeMap<>();

  @Test
  void everyUnitEvaluatesAndTheCensusIsPrinted() throws IOException {
    Path root = Path.of(System.getProperty(PROPERTY)).toAbsolutePath().normalize();
    TerraformFrontend frontend = new TerraformFrontend();
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (frontend.claims(relative)) {
          files.add(new SourceFile(file, relative, Files.size(file)));
        }
      }
    }
    AnalysisContext context = AnalysisContext.of(ScanSettings.DEFAULTS, root);
    ValueCensus scanned = census(frontend, frontend.group(files), context, folder -> true);
    System.out.print("units as scanned:\n" + scanned.report());
    System.out.println("diagnostics " + codes);
    List<AnalysisUnit> folders = files.stream().collect(Collectors.groupingBy(SourceFile::folder, TreeMap::new,
        Collectors.toList())).entrySet().stream()
        .map(entry -> new AnalysisUnit(entry.getKey().isEmpty() ? "." : entry.getKey(), entry.getValue())).toList();
    ValueCensus alone = census(frontend, folders, context, null);
    System.out.print("each folder on its own:\n" + alone.report());
    failures.forEach(failure -> System.out.println("FAILED " + failure));
    assertThat(failures).isEmpty();
    assertThat(scanned.known() + scanned.unknown()).isPositive();
  }

  /** The census of {@code units}; with {@code declared} null, only of what each unit's own folder declares. */
  private ValueCensus census(TerraformFrontend frontend, List<AnalysisUnit> units, AnalysisContext context,
      Predicate<String> declared) {
    ValueCensus census = new ValueCensus();
    for (AnalysisUnit unit : units) {
      try {
        UnitResult result = frontend.analyze(unit, context);
        String folder = unit.files().get(0).folder();
        result.resources().stream()
            .filter(r -> declared != null || folderOf(r.range().file()).equals(folder))
            .forEach(census::add);
        if (declared != null) {
          result.diagnostics().forEach(d -> codes.merge(d.code(), 1, Integer::sum));
        }
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(unit.name() + ": " + e + " at " + List.of(e.getStackTrace()).subList(0,
            Math.min(6, e.getStackTrace().length)));
      }
    }
    return census;
  }

  private static String folderOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }
}
