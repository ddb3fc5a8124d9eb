package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleInfo;
import dev.bulwark.core.rule.RuleMetadata;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltinRulesTest {
  /** Rules that Checkov has no check for (Azure flow log switched off, Key Vault audit logs, DNS policy logging). */
  private static final Set<String> WITHOUT_CHECKOV = Set.of("BW415", "BW418", "BW424");
  /**
   * Rules that KICS has no query for (a bucket's customer-managed key, Azure queue service logging, WAF logging, App
   * Service HTTP logging, Network Firewall, Step Functions, AppSync and Airflow logging, old TLS on Azure databases).
   */
  private static final Set<String> WITHOUT_KICS = Set.of("BW304", "BW425", "BW427", "BW428");
  /** Rules that Trivy has no check for. */
  private static final Set<String> WITHOUT_TRIVY = Set.of("BW103", "BW402", "BW406", "BW409", "BW416", "BW417",
      "BW418", "BW421", "BW422", "BW424", "BW425", "BW427", "BW428");

  private final List<Rule> rules = new BuiltinRules().rules();

  @Test
  void idsAndNamesAreUniqueAndOrdered() {
    List<String> ids = rules.stream().map(rule -> rule.metadata().id()).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(rules.stream().map(rule -> rule.metadata().name())).doesNotHaveDuplicates();
  }

  @Test
  void idsAndNamesAreStable() throws IOException, URISyntaxException {
    Path released = Path.of(BuiltinRulesTest.class.getResource("rule-ids.txt").toURI());
    Map<String, String> expected = new TreeMap<>();
    for (String line : Files.readAllLines(released)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] idAndName = line.trim().split(" ");
        expected.put(idAndName[0], idAndName[1]);
      }
    }
    Map<String, String> actual = new TreeMap<>();
    rules.forEach(rule -> actual.put(rule.metadata().id(), rule.metadata().name()));
    assertThat(actual).as("rule ids and names; a new rule is added to rule-ids.txt, none is renamed or removed")
        .isEqualTo(expected);
  }

  @Test
  void idsMatchTheirCategory() {
    for (Rule rule : rules) {
      RuleMetadata metadata = rule.metadata();
      char expected = switch (metadata.category()) {
        case PUBLIC_DATABASE -> '1';
        case OPEN_SECURITY_GROUP -> '2';
        case UNENCRYPTED_STORAGE -> '3';
        case LOGGING_DISABLED -> '4';
      };
      assertThat(metadata.id().charAt(2)).as(metadata.id()).isEqualTo(expected);
    }
  }

  @Test
  void everyRuleIsDocumentedAndMapsToPeers() {
    for (Rule rule : rules) {
      RuleMetadata metadata = rule.metadata();
      assertThat(metadata.description()).as(metadata.id()).isNotBlank();
      assertThat(metadata.remediation()).as(metadata.id()).containsKey("terraform");
      assertThat(metadata.references()).as(metadata.id()).isNotEmpty();
      assertThat(metadata.checkov().isEmpty()).as("%s without a Checkov peer", metadata.id())
          .isEqualTo(WITHOUT_CHECKOV.contains(metadata.id()));
      assertThat(metadata.kics().isEmpty()).as("%s without a KICS peer", metadata.id())
          .isEqualTo(WITHOUT_KICS.contains(metadata.id()));
      assertThat(metadata.trivy().isEmpty()).as("%s without a Trivy peer", metadata.id())
          .isEqualTo(WITHOUT_TRIVY.contains(metadata.id()));
    }
  }

  @Test
  void everyTrivyIdHasItsLongNamesForSuppressionComments() throws IOException {
    String table;
    try (var in = Scanner.class.getResourceAsStream("trivy-check-names.tsv")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> named = table.lines().filter(line -> line.startsWith("AVD-"))
        .map(line -> line.substring(0, line.indexOf('\t'))).collect(Collectors.toSet());
    for (Rule rule : rules) {
      assertThat(named).as(rule.metadata().id()).containsAll(rule.metadata().trivy());
    }
  }

  @Test
  void cfnNagRulesAreNamedAsCfnNagNamesThemAndOnlyOnCloudFormationRules() {
    for (Rule rule : rules) {
      RuleMetadata metadata = rule.metadata();
      assertThat(metadata.cfnNag()).as(metadata.id()).allMatch(id -> id.matches("[FW]\\d+"));
      if (!metadata.cfnNag().isEmpty()) {
        assertThat(metadata.formats()).as(metadata.id()).contains("cloudformation");
      }
    }
    assertThat(rules.stream().filter(rule -> !rule.metadata().cfnNag().isEmpty()).map(rule -> rule.metadata().id()))
        .containsExactly("BW101", "BW103", "BW201", "BW301", "BW302", "BW303", "BW305", "BW401", "BW405", "BW406",
            "BW407", "BW408");
  }

  @Test
  void theListHoldsEveryAnnotatedRuleClass() throws IOException, URISyntaxException {
    Path folder = Path.of(BuiltinRules.class.getResource("BuiltinRules.class").toURI()).getParent();
    List<String> annotated;
    try (Stream<Path> classes = Files.list(folder)) {
      annotated = classes.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> "dev.bulwark.rules." + name.substring(0, name.length() - ".class".length()))
          .map(BuiltinRulesTest::load)
          .filter(type -> type.isAnnotationPresent(RuleInfo.class))
          .map(Class::getName)
          .sorted()
          .toList();
    }
    assertThat(rules.stream().map(rule -> rule.getClass().getName()).sorted().toList()).isEqualTo(annotated);
  }

  @Test
  void theScannerFindsTheBuiltinRulesThroughTheServiceLoader() {
    assertThat(Scanner.loadRules()).extracting(rule -> rule.metadata().id())
        .containsExactlyElementsOf(rules.stream().map(rule -> rule.metadata().id()).toList());
  }

  @Test
  void everyFormatARuleClaimsHasAFixture() throws IOException {
    for (Rule rule : rules) {
      List<String> names;
      try (Stream<Path> walk = Files.walk(RuleFixturesTest.fixtures(rule))) {
        names = walk.map(path -> path.getFileName().toString()).toList();
      }
      for (String format : rule.metadata().formats()) {
        List<String> suffixes = switch (format) {
          case "terraform" -> List.of(".tf");
          case "cloudformation" -> List.of(".yaml", ".json");
          default -> List.of("_playbook.yml");
        };
        for (String suffix : suffixes) {
          assertThat(names).as("%s fixtures for %s", rule.metadata().id(), format)
              .anyMatch(name -> name.endsWith(suffix));
        }
      }
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
