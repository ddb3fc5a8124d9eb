package dev.bulwark.core.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void rangesAreOneBasedWithExclusiveEnd() {
    SourceText text = SourceText.of("main.tf", "a = 1\nbb = \"x\"\n");
    int start = text.text().indexOf("\"x\"");
    assertThat(text.range(start, start + 3)).isEqualTo(Range.ofLine("main.tf", 2, 6, 9));
    assertThat(text.lineCount()).isEqualTo(3);
  }

  @Test
  void crlfLeavesLinesAndColumnsAsWithLf() {
    SourceText lf = SourceText.of("a.tf", "x = 1\ny = 2\n");
    SourceText crlf = SourceText.of("a.tf", "x = 1\r\ny = 2\r\n");
    int lfOffset = lf.text().indexOf('2');
    int crlfOffset = crlf.text().indexOf('2');
    assertThat(crlf.range(crlfOffset, crlfOffset + 1)).isEqualTo(lf.range(lfOffset, lfOffset + 1));
    assertThat(crlf.lineText(1)).isEqualTo("x = 1");
    assertThat(crlf.lineText(2)).isEqualTo("y = 2");
  }

  @Test
  void byteOrderMarkShiftsNoColumn() {
    byte[] withBom = "\uFEFFname = \"v\"".getBytes(StandardCharsets.UTF_8);
    SourceText text = SourceText.decode("a.tf", withBom);
    assertThat(text.text()).startsWith("name");
    assertThat(text.column(text.text().indexOf('"'))).isEqualTo(8);
    assertThat(text.bytes()).isEqualTo(withBom.length);
  }

  @Test
  void tabIsOneColumnAndSupplementaryCharacterTwo() {
    SourceText text = SourceText.of("a.tf", "\tx = \"\uD83D\uDE00\" # y");
    assertThat(text.column(text.text().indexOf('x'))).isEqualTo(2);
    assertThat(text.column(text.text().indexOf('#'))).isEqualTo(11);
  }

  @Test
  void offsetAndTextOfRangeRoundTrip() {
    SourceText text = SourceText.of("a.tf", "one\ntwo three\n");
    Range range = Range.ofLine("a.tf", 2, 5, 10);
    assertThat(text.text(range)).isEqualTo("three");
    assertThat(text.offset(2, 5)).isEqualTo(8);
  }

  @Test
  void malformedUtf8BecomesReplacementCharacters() {
    SourceText text = SourceText.decode("a.tf", new byte[] {'a', (byte) 0xC3, '\n', 'b'});
    assertThat(text.lineText(1)).isEqualTo("a\uFFFD");
    assertThat(text.lineText(2)).isEqualTo("b");
  }
}
