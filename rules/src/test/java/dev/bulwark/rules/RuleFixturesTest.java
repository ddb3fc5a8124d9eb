package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.rule.Rule;
import dev.bulwark.testkit.FixtureVerifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each rule's fixtures (files, or folders analysed as one module) match their expect markers exactly. */
class RuleFixturesTest {
  static Path fixtures(Rule rule) {
    try {
      return Path.of(RuleFixturesTest.class.getResource("examples/" + rule.metadata().id()).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> fixtureEntries(Rule rule) throws IOException {
    try (Stream<Path> entries = Files.list(fixtures(rule))) {
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
