package dev.bulwark.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Category;
import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.rule.RuleMetadata;
import dev.bulwark.core.value.MapValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which directive covers a finding of a resource that spans several lines: declared on line 3 (a CloudFormation
 * logical ID, an Ansible task), its header on line 4, its attributes on lines 4 to 9, the finding on line 7.
 */
class InlineSuppressionsTest {
  private static final RuleReferences RULES = RuleReferences.of(List.of(RuleMetadata.of(FlaggedRule.class)));
  private static final Resource RESOURCE = new Resource(new ResourceId("u", "db"), "toy", ResourceKind.MANAGED,
      "db", Range.ofLine("t.yaml", 4, 5, 16), Range.ofLine("t.yaml", 3, 3, 5),
      MapValue.of(List.of(), new Range("t.yaml", 4, 5, 9, 20)));
  private static final Finding FINDING = new Finding("BW999", Severity.MEDIUM, Category.LOGGING_DISABLED, "m",
      Range.ofLine("t.yaml", 7, 7, 30), "db", "db", "a", List.of(), "f", new Excerpt(7, List.of()));

  private static Optional<Suppression> suppression(String... lines) {
    List<String> text = new ArrayList<>(List.of(lines));
    while (text.size() < 12) {
      text.add("  x: 1");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    InlineSuppressions suppressions = InlineSuppressions.of(
        List.of(SourceText.of("t.yaml", String.join("\n", text) + "\n")), List.of(), RULES, LocalDate.of(2026, 12, 6),
        diagnostics);
    assertThat(diagnostics).isEmpty();
    return suppressions.find(FINDING, RESOURCE, ResourceGraph.builder().build());
  }

  private static String directive(Optional<Suppression> suppression) {
    return suppression.map(found -> ((Suppression.InSource) found).directive() + " @"
        + ((Suppression.InSource) found).range().startLine()).orElse("none");
  }

  @Test
  void aDirectiveAboveTheDeclarationCoversTheWholeResource() {
    assertThat(directive(suppression("Resources:", "  # bulwark:ignore BW999 by design", "  Db:", "    Type: db")))
        .isEqualTo("bulwark:ignore BW999 @2");
  }

  @Test
  void aDirectiveAboveTheHeaderCoversTheWholeResource() {
    assertThat(directive(suppression("Resources:", "", "  Db:", "    Type: db # bulwark:ignore BW999")))
        .isEqualTo("bulwark:ignore BW999 @4");
  }

  @Test
  void aDirectiveAboveAnotherAttributeDoesNotCoverTheFinding() {
    assertThat(directive(suppression("Resources:", "", "  Db:", "    Type: db", "    # bulwark:ignore BW999",
        "    Other: 1", "    Logs: false"))).isEqualTo("none");
  }

  @Test
  void aCheckovSkipAnywhereInTheResourceCoversItButNotOutsideIt() {
    assertThat(directive(suppression("Resources:", "", "  Db:", "    Type: db", "    #checkov:skip=CKV_TOY_1"
    ))).isEqualTo("checkov:skip=CKV_TOY_1 @5");
    assertThat(directive(suppression("Resources:", "", "  Db:", "    Type: db", "", "", "", "", "", "",
        "  Other:", "    #checkov:skip=CKV_TOY_1"))).isEqualTo("none");
  }

  @Test
  void theMostSpecificDirectiveWins() {
    assertThat(directive(suppression("# bulwark:ignore-file BW999", "  # bulwark:ignore BW999", "  Db:",
        "    Type: db", "", "", "    Logs: false # bulwark:ignore BW999 this one")))
        .isEqualTo("bulwark:ignore BW999 @7");
  }
}
