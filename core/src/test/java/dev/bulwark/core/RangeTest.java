package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RangeTest {
  @Test
  void spanCoversBothRangesInEitherOrder() {
    Range key = Range.ofLine("main.tf", 3, 3, 22);
    Range value = new Range("main.tf", 3, 25, 5, 4);
    assertThat(key.span(value)).isEqualTo(new Range("main.tf", 3, 3, 5, 4));
    assertThat(value.span(key)).isEqualTo(new Range("main.tf", 3, 3, 5, 4));
  }

  @Test
  void containsIsInclusiveOfBothEnds() {
    Range block = new Range("a.tf", 1, 1, 10, 2);
    assertThat(block.contains(Range.ofLine("a.tf", 1, 1, 5))).isTrue();
    assertThat(block.contains(Range.ofLine("a.tf", 10, 1, 2))).isTrue();
    assertThat(block.contains(Range.ofLine("a.tf", 10, 1, 3))).isFalse();
    assertThat(block.contains(Range.ofLine("b.tf", 2, 1, 2))).isFalse();
  }

  @Test
  void rejectsPositionsBeforeLineOneColumnOneAndBackwardRanges() {
    assertThatThrownBy(() -> new Range("a.tf", 0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Range("a.tf", 2, 1, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Range("a.tf", 1, 5, 1, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByFileThenPosition() {
    Range a = Range.ofLine("a.tf", 9, 1, 2);
    Range b1 = Range.ofLine("b.tf", 1, 7, 8);
    Range b2 = Range.ofLine("b.tf", 2, 1, 2);
    assertThat(java.util.stream.Stream.of(b2, b1, a).sorted()).containsExactly(a, b1, b2);
    assertThat(b1).hasToString("b.tf:1:7-1:8");
  }

  @Test
  void spanRefusesRangesOfDifferentFiles() {
    assertThatThrownBy(() -> Range.ofLine("a.tf", 1, 1, 2).span(Range.ofLine("b.tf", 1, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
