package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaretLineTest {
  @Test
  void marksTheRange() {
    assertThat(CaretLine.under("  enabled = false", 3, 10)).isEqualTo(new CaretLine("  ", "^^^^^^^"));
    assertThat(CaretLine.under("  enabled = false", 3, 10).toString()).isEqualTo("  ^^^^^^^");
  }

  @Test
  void keepsTabsBeforeTheRange() {
    assertThat(CaretLine.under("\t\tkey =\tvalue", 9, 14).toString()).isEqualTo("\t\t     \t^^^^^");
  }

  @Test
  void marksAtLeastOneColumn() {
    assertThat(CaretLine.under("abc", 2, 2).toString()).isEqualTo(" ^");
    assertThat(CaretLine.under("abc", 4, 4).toString()).isEqualTo("   ^");
  }

  @Test
  void clampsToTheEndOfTheLine() {
    assertThat(CaretLine.under("abc", 2, 40).toString()).isEqualTo(" ^^");
    assertThat(CaretLine.under("abc", 9, 12).toString()).isEqualTo("   ^");
  }

  @Test
  void countsASurrogatePairAsOneCharacter() {
    String line = "\uD83D\uDD12 = x";

    assertThat(CaretLine.under(line, 6, 7).toString()).isEqualTo("    ^");
    assertThat(CaretLine.under(line, 1, 3).toString()).isEqualTo("^");
  }
}
