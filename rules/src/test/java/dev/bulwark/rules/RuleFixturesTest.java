package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.rule.Rule;
import dev.bulwark.testkit.FixtureVerifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each rule's fixtures (files, or folders analysed as one scan) match their expect markers exactly: its examples,
 * shipped with the rule, and the evaluation fixtures of the tests ({@code dev/bulwark/rules/BWnnn} in the test
 * resources: variables, modules, instances and attached resources in all their forms).
 */
class RuleFixturesTest {
  static Path fixtures(Rule rule) {
    return folder("examples/" + rule.metadata().id());
  }

  /** The evaluation fixtures of {@code rule}. */
  static Path evaluationFixtures(Rule rule) {
    return folder(rule.metadata().id());
  }

  private static Path folder(String name) {
    try {
      return Path.of(RuleFixturesTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> fixtureEntries(Rule rule) throws IOException {
    List<Path> entries = new ArrayList<>(list(fixtures(rule)));
    entries.addAll(list(evaluationFixtures(rule)));
    return entries;
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureMatchesItsMarkers() {
    return new BuiltinRules().rules().stream().flatMap(rule -> {
      try {
        List<Path> entries = fixtureEntries(rule);
        assertThat(entries).as("fixtures of %s", rule.metadata().id()).isNotEmpty();
        return entries.stream().filter(entry -> !entry.toString().endsWith(".expect"))
            .map(entry -> DynamicTest.dynamicTest(rule.metadata().id() + " " + entry.getFileName(),
                () -> FixtureVerifier.of(rule).verify(entry)));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
