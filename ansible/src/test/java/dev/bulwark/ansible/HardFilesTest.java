package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-written hard cases (raw blocks, merge keys, vault and unsafe tags, several documents, free-form arguments,
 * nested blocks, templated includes, encodings, limits): they scan without an exception, and read as Ansible does.
 */
class HardFilesTest {
  private static UnitResult result;
  private static Map<String, Resource> resources;

  @BeforeAll
  static void analyze() throws IOException, URISyntaxException {
    Path folder = Path.of(HardFilesTest.class.getResource("hard").toURI());
    result = new AnsibleProject(folder).existing().analyze();
    resources = AnsibleProject.byId(result);
  }

  private static Resource resource(String id) {
    assertThat(resources).containsKey(id);
    return resources.get(id);
  }

  private static Value argument(String id, String... path) {
    Value value = resource(id).attributes();
    for (String key : path) {
      value = ((MapValue) value).get(key).orElseThrow(() -> new AssertionError(id + " has no " + key));
    }
    return value;
  }

  @Test
  void onlyTheDeliberateLimitsAreErrors() {
    assertThat(result.diagnostics()).filteredOn(d -> d.level() == Diagnostic.Level.ERROR)
        .extracting(Diagnostic::code, Diagnostic::file)
        .containsExactlyInAnyOrder(
            tuple("limit-exceeded", "group_vars/bomb.yml"),
            tuple("parse-error", "deep_nesting.yml"));
  }

  @Test
  void rawBlocksAreText() {
    String id = "raw_blocks.yml#tasks[0]";
    assertThat(argument(id, "name").asString()).contains("{{ .Bucket }}");
    assertThat(argument(id, "tags", "format").asString()).contains("{{ .RepoTags }} {{ index .Config \"x\" }}");
    assertThat(argument(id, "tags", "escaped").asString()).contains("{{ literal }}");
    assertThat(argument(id, "tags", "newline").asString()).contains("first\n{{ second }}\n");
    assertThat(argument(id, "tags", "trimmed")).isInstanceOf(UnknownValue.class);
    assertThat(argument(id, "tags", "multi")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void mergeKeysBringTheirArgumentsFromTheAnchor() {
    MapEntry encrypted = resource("merge_keys.yml#play[0].tasks[0]").attribute("encrypted").orElseThrow();
    assertThat(encrypted.value().isFalse()).isTrue();
    assertThat(encrypted.keyRange()).isEqualTo(Range.ofLine("merge_keys.yml", 9, 7, 16));
    assertThat(resource("merge_keys.yml#play[0].tasks[0]").attributes().entries())
        .containsKeys("region", "access_key", "volume_size", "instance");
    assertThat(argument("merge_keys.yml#play[0].tasks[1]", "encrypted").isTrue()).isTrue();
  }

  @Test
  void vaultValuesAreUnknownAndUnsafeStringsLiteral() {
    String id = "vault_and_unsafe.yml#play[0].tasks[0]";
    assertThat(argument(id, "publicly_accessible")).isInstanceOf(UnknownValue.class);
    assertThat(argument(id, "password")).isInstanceOf(UnknownValue.class);
    assertThat(argument(id, "tags", "note").asString()).contains("{{ this is not jinja }}");
    assertThat(argument(id, "tags", "raw").asString()).contains("{% if %}");
  }

  @Test
  void aFileOfSeveralDocumentsGivesItsFirst() {
    assertThat(argument("multi_document.yml#tasks[0]", "name").asString()).contains("first");
    assertThat(resources).doesNotContainKey("multi_document.yml#tasks[1]");
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("multiple-documents"))
        .extracting(Diagnostic::file).containsExactly("multi_document.yml");
  }

  @Test
  void freeFormArgumentsInEverySpelling() {
    assertThat(argument("free_form.yml#tasks[0]", "encrypted").asString()).contains("no");
    assertThat(argument("free_form.yml#tasks[1]", "name").asString()).contains("my volume");
    assertThat(argument("free_form.yml#tasks[1]", "encrypted")).isInstanceOf(UnknownValue.class);
    assertThat(argument("free_form.yml#tasks[2]", "encrypted").asString()).contains("yes");
    assertThat(argument("free_form.yml#tasks[3]", "encrypted").asString()).contains("false");
    assertThat(argument("free_form.yml#tasks[4]", "instance").asString()).contains("i-5");
    assertThat(resources).doesNotContainKeys("free_form.yml#tasks[5]", "free_form.yml#tasks[6]");
  }

  @Test
  void nestedBlocksKeepTheirPath() {
    assertThat(resources).containsKeys(
        "nested_blocks.yml#play[0].tasks[0].block[0].block[0].block[0]",
        "nested_blocks.yml#play[0].tasks[0].block[0].block[0].rescue[0]",
        "nested_blocks.yml#play[0].tasks[0].block[0].always[1]");
  }

  @Test
  void columnsCountUtf16UnitsAndIgnoreTheByteOrderMark() {
    assertThat(resource("encodings.yml#tasks[0]").attribute("encryption").orElseThrow().value().range())
        .isEqualTo(Range.ofLine("encodings.yml", 3, 47, 51));
    assertThat(resource("bom_crlf.yml#tasks[0]").attribute("encryption").orElseThrow().value().range())
        .isEqualTo(Range.ofLine("bom_crlf.yml", 3, 17, 21));
  }

  @Test
  void templatedIncludesAreFollowedWhenKnownAndNotedOtherwise() {
    assertThat(argument("includes/site.yml#play[0].tasks[0].tasks[0]", "name").asString()).contains("from-aws");
    assertThat(argument("includes/site.yml#play[0].tasks[2][item=tasks/aws].tasks[0]", "name").asString())
        .contains("from-aws");
    assertThat(result.diagnostics()).filteredOn(d -> d.file().equals("includes/site.yml"))
        .extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("include-not-resolved", "include-not-found", "include-not-resolved");
  }
}
