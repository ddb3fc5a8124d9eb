package dev.bulwark.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.rule.RuleMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Any file's comments read to directives or warnings, never to an exception, and every directive lies within its
 * file. Runs its seed inputs ({@code SuppressionCommentsFuzzTestInputs}) in every build; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class SuppressionCommentsFuzzTest {
  private static final RuleReferences RULES = RuleReferences.of(List.of(RuleMetadata.of(FlaggedRule.class)));

  @FuzzTest(maxDuration = "5m")
  void anyTextReads(byte[] input) {
    SourceText source = SourceText.decode("input.tf", input);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<SuppressionDirective> directives =
        SuppressionComments.parse(source, RULES, LocalDate.of(2026, 12, 6), diagnostics);
    assertThat(directives).allSatisfy(directive -> {
      assertThat(directive.range().startLine()).isBetween(1, source.lineCount());
      assertThat(directive.target()).isBetween(0, source.lineCount());
      assertThat(directive.rules()).isNotEmpty();
    });
  }
}
