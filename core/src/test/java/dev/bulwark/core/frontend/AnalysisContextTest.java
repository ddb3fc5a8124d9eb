package dev.bulwark.core.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnalysisContextTest {
  @Test
  void aContextCarriesItsSettingsAndAnAbsoluteNormalBaseDirectory() {
    AnalysisContext context = AnalysisContext.of(ScanSettings.DEFAULTS, Path.of("a", "..", "b"));
    assertThat(context.settings()).isSameAs(ScanSettings.DEFAULTS);
    assertThat(context.baseDirectory()).isEqualTo(Path.of("b").toAbsolutePath());
  }

  @Test
  void theBaseDirectoryDefaultsToTheCurrentFolder() {
    assertThat(AnalysisContext.of(ScanSettings.DEFAULTS).baseDirectory()).isEqualTo(Path.of("").toAbsolutePath());
  }
}
