package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules/} is generated from the rules' metadata and examples, never written by hand: this test fails when
 * it is stale. Regenerate with {@code mvn -pl rules -am test -Dtest=RuleDocsTest -Dbulwark.docs.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RuleDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "rules");

  static Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder("# Rules\n\nGenerated from the rules' metadata and examples; do not edit."
        + "\n\n| id | severity | category | formats | title |\n| --- | --- | --- | --- | --- |\n");
    for (Rule rule : new BuiltinRules().rules()) {
      RuleMetadata metadata = rule.metadata();
      pages.put(metadata.id() + ".md", RuleDocument.markdown(metadata, RuleExamples.of(metadata.id())));
      index.append("| [").append(metadata.id()).append("](").append(metadata.id()).append(".md) | ")
          .append(metadata.severity().label()).append(" | `").append(metadata.category().tag()).append("` | ")
          .append(String.join(", ", metadata.formats())).append(" | ").append(metadata.title())
          .append(metadata.enabledByDefault() ? "" : " (opt-in)").append(" |\n");
    }
    pages.put("README.md", index.toString());
    return pages;
  }

  @Test
  void theRuleDocsAreUpToDate() throws IOException {
    Map<String, String> expected = pages();
    if (Boolean.getBoolean("bulwark.docs.write")) {
      Files.createDirectories(DOCS);
      try (Stream<Path> old = Files.list(DOCS)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      for (Map.Entry<String, String> page : expected.entrySet()) {
        Files.writeString(DOCS.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> actual;
    try (Stream<Path> files = Files.list(DOCS)) {
      actual = files.collect(Collectors.toMap(file -> file.getFileName().toString(), RuleDocsTest::read));
    }
    assertThat(actual).as("docs/rules is stale; regenerate it as this test's Javadoc says").isEqualTo(expected);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
