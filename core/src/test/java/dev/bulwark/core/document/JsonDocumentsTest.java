package dev.bulwark.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {
  private static Documents read(String text) {
    return JsonDocuments.read(SourceText.of("t.json", text), ScanSettings.DEFAULTS);
  }

  private static DocNode.Mapping root(String text) {
    Documents documents = read(text);
    assertThat(documents.errors()).isEmpty();
    return (DocNode.Mapping) documents.documents().get(0);
  }

  @Test
  void keysAndValuesHaveExactRanges() {
    DocNode.Mapping root = root("{\n  \"Db\": {\n    \"PubliclyAccessible\": true,\n    \"Port\": \"5432\"\n  }\n}\n");
    DocNode.Mapping db = (DocNode.Mapping) root.get("Db").orElseThrow();
    DocNode.Entry entry = db.entry("PubliclyAccessible").orElseThrow();
    assertThat(entry.key().range()).isEqualTo(Range.ofLine("t.json", 3, 5, 25));
    assertThat(entry.value().range()).isEqualTo(Range.ofLine("t.json", 3, 27, 31));
    assertThat(((DocNode.Scalar) entry.value()).kind()).isEqualTo(DocNode.Kind.BOOLEAN);
    assertThat(db.get("Port").map(DocNode::range)).contains(Range.ofLine("t.json", 4, 13, 19));
    assertThat(db.range()).isEqualTo(new Range("t.json", 2, 9, 5, 4));
    assertThat(root.range()).isEqualTo(new Range("t.json", 1, 1, 6, 2));
  }

  @Test
  void tabsCrlfAndEscapedKeysKeepColumns() {
    DocNode.Mapping root = root("{\r\n\t\"a\\u0062\":\t[1, 2.5, null, \"x\"]\r\n}");
    DocNode.Entry entry = root.entries().get(0);
    assertThat(((DocNode.Scalar) entry.key()).text()).isEqualTo("ab");
    assertThat(entry.key().range()).isEqualTo(Range.ofLine("t.json", 2, 2, 11));
    DocNode.Sequence items = (DocNode.Sequence) entry.value();
    assertThat(items.items()).extracting(item -> ((DocNode.Scalar) item).kind())
        .containsExactly(DocNode.Kind.INTEGER, DocNode.Kind.FLOAT, DocNode.Kind.NULL, DocNode.Kind.STRING);
    assertThat(items.items().get(3).range()).isEqualTo(Range.ofLine("t.json", 2, 28, 31));
  }

  @Test
  void aTrailingCommaIsAParseErrorWithItsLocation() {
    Documents documents = read("{\n  \"a\": 1,\n  \"b\": [1, 2,],\n}\n");
    assertThat(documents.documents()).isEmpty();
    assertThat(documents.errors()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("parse-error");
      assertThat(error.range().orElseThrow().startLine()).isEqualTo(3);
      assertThat(error.message()).startsWith("invalid JSON");
    });
  }

  @Test
  void duplicateKeysAreKeptAndTheLastOneWins() {
    DocNode.Mapping root = root("{\"a\": 1, \"a\": 2}");
    assertThat(root.entries()).hasSize(2);
    assertThat(root.get("a").map(node -> ((DocNode.Scalar) node).text())).contains("2");
  }

  @Test
  void deepNestingIsALimit() {
    Documents documents = read("[".repeat(10_000) + "]".repeat(10_000));
    assertThat(documents.documents()).isEmpty();
    assertThat(documents.errors()).singleElement()
        .satisfies(error -> assertThat(error.code()).isEqualTo("limit-exceeded"));
  }

  @Test
  void trailingGarbageAndEmptyInput() {
    assertThat(read("{} {}").errors()).singleElement()
        .satisfies(error -> assertThat(error.message()).contains("more than one"));
    assertThat(read("  ").documents()).isEmpty();
    assertThat(read("  ").errors()).isEmpty();
  }
}
