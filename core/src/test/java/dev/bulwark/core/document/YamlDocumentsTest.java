package dev.bulwark.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDocumentsTest {
  private static Documents read(String text) {
    return YamlDocuments.read(SourceText.of("t.yaml", text), ScanSettings.DEFAULTS);
  }

  private static DocNode.Mapping root(String text) {
    Documents documents = read(text);
    assertThat(documents.errors()).isEmpty();
    return (DocNode.Mapping) documents.documents().get(0);
  }

  @Test
  void keysAndValuesHaveExactRanges() {
    DocNode.Mapping root = root("""
        Resources:
          Db:
            Properties:
              PubliclyAccessible: true
        """);
    DocNode.Mapping properties = (DocNode.Mapping) ((DocNode.Mapping) ((DocNode.Mapping) root.get("Resources")
        .orElseThrow()).get("Db").orElseThrow()).get("Properties").orElseThrow();
    DocNode.Entry entry = properties.entry("PubliclyAccessible").orElseThrow();
    assertThat(entry.key().range()).isEqualTo(Range.ofLine("t.yaml", 4, 7, 25));
    assertThat(entry.value().range()).isEqualTo(Range.ofLine("t.yaml", 4, 27, 31));
    assertThat(((DocNode.Scalar) entry.value()).kind()).isEqualTo(DocNode.Kind.BOOLEAN);
    assertThat(properties.range()).isEqualTo(Range.ofLine("t.yaml", 4, 7, 31));
  }

  @Test
  void shortFormTagsAreKeptOnScalarsSequencesAndMappings() {
    DocNode.Mapping root = root("""
        a: !Ref Bucket
        b: !GetAtt [Bucket, Arn]
        c: !If
          - IsProd
          - !Sub "${AWS::StackName}-prod"
          - !Ref AWS::NoValue
        d: !Transform { Name: AWS::Include }
        """);
    assertThat(root.get("a").flatMap(DocNode::tag)).contains("!Ref");
    assertThat(root.get("a").map(node -> ((DocNode.Scalar) node).text())).contains("Bucket");
    assertThat(root.get("b").orElseThrow()).isInstanceOf(DocNode.Sequence.class);
    assertThat(root.get("b").flatMap(DocNode::tag)).contains("!GetAtt");
    DocNode.Sequence branches = (DocNode.Sequence) root.get("c").orElseThrow();
    assertThat(branches.items().get(1).tag()).contains("!Sub");
    assertThat(branches.items().get(1).range()).isEqualTo(Range.ofLine("t.yaml", 5, 5, 34));
    assertThat(root.get("d").flatMap(DocNode::tag)).contains("!Transform");
  }

  @Test
  void yaml11ScalarsResolveAsAnsibleReadsThem() {
    DocNode.Mapping root = root("a: yes\nb: 'yes'\nc: 22\nd: ~\ne: 1.5\nf: !!str 22\n");
    assertThat(((DocNode.Scalar) root.get("a").orElseThrow()).kind()).isEqualTo(DocNode.Kind.BOOLEAN);
    assertThat(((DocNode.Scalar) root.get("b").orElseThrow()).kind()).isEqualTo(DocNode.Kind.STRING);
    assertThat(((DocNode.Scalar) root.get("c").orElseThrow()).kind()).isEqualTo(DocNode.Kind.INTEGER);
    assertThat(((DocNode.Scalar) root.get("d").orElseThrow()).kind()).isEqualTo(DocNode.Kind.NULL);
    assertThat(((DocNode.Scalar) root.get("e").orElseThrow()).kind()).isEqualTo(DocNode.Kind.FLOAT);
    assertThat(((DocNode.Scalar) root.get("f").orElseThrow()).kind()).isEqualTo(DocNode.Kind.STRING);
    assertThat(root.get("f").flatMap(DocNode::tag)).isEmpty();
  }

  @Test
  void mergeKeysAndAnchorsAreExpanded() {
    DocNode.Mapping root = root("""
        base: &base
          encrypted: true
          size: 8
        volume:
          <<: *base
          size: 16
        """);
    DocNode.Mapping volume = (DocNode.Mapping) root.get("volume").orElseThrow();
    assertThat(volume.get("encrypted").map(node -> ((DocNode.Scalar) node).text())).contains("true");
    assertThat(volume.get("size").map(node -> ((DocNode.Scalar) node).text())).contains("16");
    assertThat(volume.entries()).noneMatch(e -> ((DocNode.Scalar) e.key()).text().equals("<<"));
  }

  @Test
  void ownKeysWinOverMergedOnesAndEarlierMergedMappingsOverLaterOnes() {
    DocNode.Mapping root = root("""
        a: &a {size: 1, type: gp2}
        b: &b {size: 2, iops: 300}
        volume:
          <<: [*a, *b]
          type: io1
        """);
    DocNode.Mapping volume = (DocNode.Mapping) root.get("volume").orElseThrow();
    assertThat(volume.entries()).extracting(e -> ((DocNode.Scalar) e.key()).text() + "="
        + ((DocNode.Scalar) e.value()).text()).containsExactly("type=io1", "size=1", "iops=300");
    assertThat(volume.get("size").orElseThrow().range().startLine()).isEqualTo(1);
  }

  @Test
  void aMappingThatMergesItselfIsAParseErrorNotAHang() {
    for (String text : List.of("a: &a\n  x: 1\n  <<: *a\n", "a: &a {<<: *b}\nb: &b {<<: *a}\n",
        "a: &a\n  - b: &b {<<: *b}\n")) {
      Documents documents = read(text);
      assertThat(documents.documents()).as(text).isEmpty();
      assertThat(documents.errors()).as(text).singleElement()
          .satisfies(error -> assertThat(error.code()).isEqualTo("parse-error"));
    }
  }

  @Test
  void aMergeKeyTakesOnlyMappings() {
    Documents documents = read("a: {<<: [x, y]}\n");
    assertThat(documents.errors()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("parse-error");
      assertThat(error.message()).contains("a mapping or a list of mappings");
    });
  }

  @Test
  void blockScalarsEndAtTheirLastCharacter() {
    DocNode.Mapping root = root("script: |\n  echo one\n  echo two\n\nnext: 1\n");
    assertThat(root.get("script").map(DocNode::range)).contains(new Range("t.yaml", 1, 9, 3, 11));
    assertThat(root.get("script").map(node -> ((DocNode.Scalar) node).text())).contains("echo one\necho two\n");
  }

  @Test
  void crlfTabsAndSupplementaryCharactersKeepColumns() {
    DocNode.Mapping crlf = root("a: 1\r\nname: \"\uD83D\uDE00\" \r\nafter: x\r\n");
    assertThat(crlf.get("after").map(DocNode::range)).contains(Range.ofLine("t.yaml", 3, 8, 9));
    DocNode.Mapping emoji = root("k: [\"\uD83D\uDE00\", v]\n");
    DocNode.Sequence items = (DocNode.Sequence) emoji.get("k").orElseThrow();
    assertThat(items.items().get(1).range()).isEqualTo(Range.ofLine("t.yaml", 1, 11, 12));
    DocNode.Mapping tabbed = root("k: \"a\tb\" # comment\nz: 1\n");
    assertThat(tabbed.get("z").map(DocNode::range)).contains(Range.ofLine("t.yaml", 2, 4, 5));
  }

  @Test
  void multiDocumentFilesGiveEveryDocument() {
    Documents documents = read("---\na: 1\n---\nb: 2\n...\n---\n- c\n");
    assertThat(documents.documents()).hasSize(3);
    assertThat(documents.documents().get(2)).isInstanceOf(DocNode.Sequence.class);
  }

  @Test
  void unknownAndAnsibleTagsDoNotBreakReading() {
    DocNode.Mapping root = root("""
        password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          6162
        raw: !unsafe '{{ not a template }}'
        module: !Rain::Module "./m.yaml"
        """);
    assertThat(root.get("password").flatMap(DocNode::tag)).contains("!vault");
    assertThat(root.get("raw").flatMap(DocNode::tag)).contains("!unsafe");
    assertThat(root.get("module").flatMap(DocNode::tag)).contains("!Rain::Module");
  }

  @Test
  void invalidYamlIsAParseErrorAtItsPosition() {
    Documents documents = read("a: 1\nb: [1, 2\nc: 3\n");
    assertThat(documents.documents()).isEmpty();
    assertThat(documents.errors()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("parse-error");
      assertThat(error.level()).isEqualTo(Diagnostic.Level.ERROR);
      assertThat(error.range()).isPresent();
      assertThat(error.range().orElseThrow().startLine()).isBetween(2, 4);
      assertThat(error.message()).startsWith("invalid YAML");
    });
  }

  @Test
  void aMalformedTagIsAParseErrorOfTheFile() {
    Documents documents = read("!tag:yaml.org,2002:str%2");
    assertThat(documents.documents()).isEmpty();
    assertThat(documents.errors()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("parse-error");
      assertThat(error.message()).startsWith("invalid YAML");
    });
  }

  @Test
  void billionLaughsIsALimitNotAnOutage() {
    StringBuilder text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char level = 'b'; level <= 'j'; level++) {
      char previous = (char) (level - 1);
      text.append(level).append(": &").append(level).append(" [");
      text.append(("*" + previous + ", ").repeat(9)).append('*').append(previous).append("]\n");
    }
    Documents documents = read(text.toString());
    assertThat(documents.documents()).isEmpty();
    assertThat(documents.errors()).singleElement()
        .satisfies(error -> assertThat(error.code()).isEqualTo("limit-exceeded"));
  }

  @Test
  void deepNestingIsALimitNotAStackOverflow() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Documents documents = read("a: " + deep + "\n");
    assertThat(documents.documents()).isEmpty();
    assertThat(documents.errors()).singleElement().satisfies(error ->
        assertThat(error.code()).isIn("parse-error", "limit-exceeded"));
  }

  @Test
  void emptyFilesHaveNoDocuments() {
    assertThat(read("").documents()).isEmpty();
    assertThat(read("---\n").documents()).isEmpty();
    assertThat(read("# only a comment\n").errors()).isEmpty();
  }

  @Test
  void aRecursiveAliasIsALimit() {
    Documents documents = read("a: &a [*a]\n");
    assertThat(documents.errors()).isNotEmpty();
    assertThat(documents.documents()).isEmpty();
    assertThat(documents.errors().get(0).code()).isIn("limit-exceeded", "parse-error");
  }
}
