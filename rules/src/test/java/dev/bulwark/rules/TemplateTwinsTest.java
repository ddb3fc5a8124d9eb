package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ScannedFile;
import dev.bulwark.core.scan.Scanner;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Real-world templates that exist both as JSON and as YAML (same folder, same name) give the same findings: same
 * rules, same resources, same attributes. Reads the folder named by {@code bulwark.corpus.cfn}; skipped without it.
 */
class TemplateTwinsTest {
  @Test
  void jsonAndYamlTwinsGiveTheSameFindings() {
    String folder = System.getProperty("bulwark.corpus.cfn", "");
    assumeTrue(!folder.isBlank(), "bulwark.corpus.cfn is not set");
    ScanResult result = Scanner.builder().path(Path.of(folder)).build().scan();
    Set<String> scanned = result.files().stream().map(ScannedFile::path).collect(Collectors.toSet());
    Map<String, Set<String>> byFile = new TreeMap<>();
    for (Finding finding : result.findings()) {
      byFile.computeIfAbsent(finding.range().file(), file -> new TreeSet<>())
          .add(finding.ruleId() + " " + finding.resourceAddress() + " " + finding.attribute());
    }
    int pairs = 0;
    Map<String, String> differences = new TreeMap<>();
    for (String json : scanned.stream().filter(path -> path.endsWith(".json")).sorted().toList()) {
      String stem = json.substring(0, json.length() - ".json".length());
      for (String yaml : new String[] {stem + ".yaml", stem + ".yml"}) {
        if (scanned.contains(yaml)) {
          pairs++;
          Set<String> a = byFile.getOrDefault(json, Set.of());
          Set<String> b = byFile.getOrDefault(yaml, Set.of());
          if (!a.equals(b)) {
            differences.put(stem, "json " + a + " yaml " + b);
          }
        }
      }
    }
    System.out.println("twins: " + pairs + " pairs, " + differences.size() + " differ");
    differences.forEach((stem, difference) -> System.out.println("twins: " + stem + ": " + difference));
    assertThat(pairs).isGreaterThan(100);
    assertThat(differences).isEmpty();
  }
}
