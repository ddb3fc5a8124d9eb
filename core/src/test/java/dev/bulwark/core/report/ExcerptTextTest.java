package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptTextTest {
  private static final Excerpt EXCERPT = new Excerpt(10, List.of("  a = {", "\tb = 1", "  }"));

  @Test
  void cutsOneLine() {
    assertThat(ExcerptText.of(EXCERPT, Range.ofLine("f", 11, 2, 7))).contains("b = 1");
  }

  @Test
  void cutsAcrossLines() {
    assertThat(ExcerptText.of(EXCERPT, new Range("f", 10, 3, 12, 4))).contains("a = {\n\tb = 1\n  }");
  }

  @Test
  void clampsColumnsPastTheEndOfALine() {
    assertThat(ExcerptText.of(EXCERPT, Range.ofLine("f", 12, 9, 12))).contains("");
    assertThat(ExcerptText.of(EXCERPT, Range.ofLine("f", 10, 3, 40))).contains("a = {");
  }

  @Test
  void needsEveryLineOfTheRange() {
    assertThat(ExcerptText.of(EXCERPT, new Range("f", 12, 1, 13, 1))).isEmpty();
    assertThat(ExcerptText.of(EXCERPT, Range.ofLine("f", 9, 1, 2))).isEmpty();
  }

  @Test
  void joinsAllLines() {
    assertThat(ExcerptText.all(EXCERPT)).isEqualTo("  a = {\n\tb = 1\n  }");
  }
}
