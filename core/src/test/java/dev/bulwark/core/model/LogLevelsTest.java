package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LogLevelsTest {
  private static final Set<String> LOGGING = Set.of("ERROR", "ALL");
  private static final Set<String> SILENT = Set.of("OFF");

  @Test
  void aLevelIsReadWithoutCaseOrSurroundingBlanks() {
    assertThat(LogLevels.writes(" error ", LOGGING, SILENT)).contains(true);
    assertThat(LogLevels.writes("Off", LOGGING, SILENT)).contains(false);
  }

  @Test
  void aLevelTheServiceDoesNotKnowDecidesNothing() {
    assertThat(LogLevels.writes("VERBOSE", LOGGING, SILENT)).isEmpty();
    assertThat(LogLevels.writes("", LOGGING, SILENT)).isEmpty();
  }
}
