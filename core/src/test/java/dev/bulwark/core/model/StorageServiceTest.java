package dev.bulwark.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageServiceTest {
  private static final Range SETTING = Range.ofLine("main.tf", 10, 1, 60);
  private static final Range LOG = Range.ofLine("main.tf", 14, 3, 20);

  @Test
  void theFirstCategoryNoSettingCollectsNamesTheFinding() {
    Fact logging = StorageService.everyCategory(List.of(
        Fact.known(true, "enabled_log", LOG, List.of()),
        Fact.known(false, "enabled_log", SETTING, List.of()),
        Fact.known(false, "enabled_log", SETTING, List.of())));
    assertThat(logging.isFalse()).isTrue();
    assertThat(logging.attribute()).isEqualTo("StorageWrite");
    assertThat(logging.range()).isEqualTo(SETTING);
  }

  @Test
  void anUndecidedCategoryLeavesItUnknownAndAllCollectedIsTrue() {
    Fact undecided = StorageService.everyCategory(List.of(
        Fact.known(true, "enabled_log", LOG, List.of()),
        Fact.unknown("enabled_log", LOG, List.of()),
        Fact.known(true, "enabled_log", LOG, List.of())));
    assertThat(undecided.isUnknown()).isTrue();
    Fact collected = StorageService.everyCategory(List.of(
        Fact.known(true, "enabled_log", LOG, List.of()),
        Fact.known(true, "enabled_log", LOG, List.of()),
        Fact.known(true, "enabled_log", LOG, List.of())));
    assertThat(collected.isTrue()).isTrue();
  }

  @Test
  void oneFactPerCategoryIsRequired() {
    assertThatThrownBy(() -> StorageService.everyCategory(List.of(Fact.known(true, "enabled_log", LOG, List.of()))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
