package dev.bulwark.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkerReaderTest {
  @TempDir
  Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsInlineMarkersInHashAndSlashComments() throws IOException {
    Path file = write("a.tf", """
        resource "aws_db_instance" "db" {
          publicly_accessible = true # expect: BW101
          storage_encrypted   = false // expect: BW301, BW301
        }
        """);
    assertThat(MarkerReader.read(file, "a.tf")).extracting(Expectation::key)
        .containsExactly("a.tf:2 BW101", "a.tf:3 BW301", "a.tf:3 BW301");
  }

  @Test
  void caretLinesAddColumnsToTheMarkerAbove() throws IOException {
    Path file = write("a.yaml", """
        Resources:
          Db:
            PubliclyAccessible: true # expect: BW101
        #   ^^^^^^^^^^^^^^^^^^^^^^^^
        """);
    assertThat(MarkerReader.read(file, "a.yaml")).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.columns()).contains(new Expectation.Columns(5, 29));
    });
  }

  @Test
  void caretLinesNameTheRuleWhenALineExpectsSeveral() throws IOException {
    Path file = write("a.tf", """
        x = 1 # expect: BW101 BW301
        #   ^ BW301
        """);
    assertThat(MarkerReader.read(file, "a.tf")).extracting(Expectation::columns)
        .containsExactly(Optional.empty(), Optional.of(new Expectation.Columns(5, 6)));
  }

  @Test
  void aCaretLineWithoutAMarkerIsAnError() throws IOException {
    Path file = write("a.tf", "x = 1\n# ^^\n");
    assertThatThrownBy(() -> MarkerReader.read(file, "a.tf")).hasMessageContaining("a.tf:1");
  }

  @Test
  void jsonFixturesListTheirLinesBesideThem() throws IOException {
    Path file = write("db.json", "{\n  \"PubliclyAccessible\": true\n}\n");
    write("db.json.expect", "2: BW101\n\n2: BW301\n");
    assertThat(MarkerReader.read(file, "db.json")).extracting(Expectation::key)
        .containsExactly("db.json:2 BW101", "db.json:2 BW301");
  }

  @Test
  void aMalformedListingIsAnError() throws IOException {
    Path file = write("db.json", "{}\n");
    write("db.json.expect", "line two: BW101\n");
    assertThatThrownBy(() -> MarkerReader.read(file, "db.json")).hasMessageContaining("not 'LINE: BWnnn'");
  }

  @Test
  void aBomAndCrlfDoNotShiftLines() throws IOException {
    Path file = write("a.tf", "\uFEFFa = 1\r\nb = 2 # expect: BW201\r\n");
    assertThat(MarkerReader.read(file, "a.tf")).extracting(Expectation::key).containsExactly("a.tf:2 BW201");
  }
}
