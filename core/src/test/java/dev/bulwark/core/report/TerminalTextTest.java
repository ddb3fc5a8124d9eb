package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void keepsPrintableTextAndTabs() {
    assertThat(TerminalText.clean("\tkey = \"vålue\" 🔒")).isEqualTo("\tkey = \"vålue\" 🔒");
  }

  @Test
  void replacesControlAndBidirectionalCharactersOneForOne() {
    assertThat(TerminalText.clean("a\u001b[31mb\rc\u0085d\u202ee\u2067f"))
        .isEqualTo("a\uFFFD[31mb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
  }
}
