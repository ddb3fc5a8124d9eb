package dev.bulwark.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written files with the constructs real-world Terraform uses in surprising ways. */
class TrickyFilesTest {

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path folder = Path.of(TrickyFilesTest.class.getResource("/hcl/tricky").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".tf") || f.toString().endsWith(".tfvars")).sorted().toList()
          .stream();
    }
  }

  private static Body parse(String name) {
    try {
      Path file = Path.of(TrickyFilesTest.class.getResource("/hcl/tricky/" + name).toURI());
      ParseResult result = HclParser.parse(SourceText.decode(name, Files.readAllBytes(file)), Hcl.DEPTH);
      assertThat(result.errors()).as(name).isEmpty();
      return result.body().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Expression local(Body body, String name) {
    return body.blocks().stream().filter(b -> b.type().name().equals("locals")).findFirst().orElseThrow().body()
        .attribute(name).orElseThrow().value();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void parsesWithoutErrors(Path file) {
    assertThat(parse(file.getFileName().toString()).items()).isNotEmpty();
  }

  @Test
  void parsingIsThreadSafe() throws Exception {
    List<SourceText> sources = new ArrayList<>();
    for (Path file : files().toList()) {
      sources.add(SourceText.decode(file.getFileName().toString(), Files.readAllBytes(file)));
    }
    List<ParseResult> sequential = sources.stream().map(s -> HclParser.parse(s, Hcl.DEPTH)).toList();
    for (int round = 0; round < 20; round++) {
      List<ParseResult> parallel = sources.parallelStream().map(s -> HclParser.parse(s, Hcl.DEPTH)).toList();
      assertThat(parallel).isEqualTo(sequential);
    }
  }

  @Test
  void thereAreEnoughFiles() throws Exception {
    assertThat(files()).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void heredocInAForExpressionWithDirectives() {
    Expression.For userData = (Expression.For) local(parse("heredoc_templates.tf"), "user_data");
    Expression.Template script = (Expression.Template) userData.value();
    assertThat(script.heredoc()).isTrue();
    TemplatePart.If directive = (TemplatePart.If) script.parts().get(0);
    assertThat(((TemplatePart.Literal) directive.whenTrue().get(0)).value())
        .isEqualTo("#!/bin/sh\nprintf \"nameserver %s\\n\" ");
    assertThat(Sexp.parts(directive.whenFalse())).isEqualTo("echo \"no dns for ${name}\"\n");
    assertThat(script.parts()).hasSize(1);
  }

  @Test
  void stripMarkersInAnIndentedHeredocFollowHclsyntax() {
    // A line-leading text piece emptied by a strip marker counts as an unindented line, as in hclsyntax, so
    // nothing is de-indented here.
    Expression.Template hosts = (Expression.Template) local(parse("heredoc_templates.tf"), "hosts_file");
    assertThat(Sexp.parts(hosts.parts())).isEqualTo("""
            127.0.0.1 localhost
        %{for ip,names in (. var extra_hosts)}    ${ip} ${(call join " " names)}
        %{endfor}    # done with ${HOSTS} and %{ literal }
        """);
  }

  @Test
  void heredocInsideAnInterpolationInsideAHeredoc() {
    Expression.Template nested = (Expression.Template) local(parse("heredoc_templates.tf"), "nested");
    assertThat(Sexp.parts(nested.parts())).isEqualTo("${(call format \"%s-%s\" (. var a) <<\"inner text\n\")}\n");
    assertThat(((Expression.Template) local(parse("heredoc_templates.tf"), "marker_like_text")).literal())
        .contains("END_NOT_YET\n  END still not alone? yes it is alone on the next line\n");
  }

  @Test
  void literalEscapesInKeys() {
    Expression.ObjectCons tags = (Expression.ObjectCons) parse("templates.tf").blocks().get(0).body()
        .attribute("tags").orElseThrow().value();
    assertThat(tags.items()).extracting(i -> Sexp.of(i.key())).startsWith(
        "\"kubernetes.io/cluster/${local.name}\"", "\"literal-$$${x}\"", "\"percent\"", "\"dollar\"", "\"quotes\"");
    assertThat(Sexp.of(tags.items().get(4).value()))
        .isEqualTo("\"say \"${(. var word)}\" \\ done \t\u00e9\uD83D\uDE80\"");
    assertThat(Sexp.of(tags.items().get(5).key())).isEqualTo("(paren (. var dynamic_key))");
  }

  @Test
  void crlfHeredocKeepsItsLineEndings() {
    Expression.Template doc = (Expression.Template) local(parse("crlf.tf"), "doc");
    assertThat(doc.literal()).contains("line one\r\n  line two\r\n");
    assertThat(Hcl.at(doc)).isEqualTo("7:9-10:8");
  }

  @Test
  void tfvarsWithColonsAndHeredocs() {
    Body values = parse("values.tfvars");
    assertThat(values.attributes()).extracting(a -> a.name().name()).contains("region", "tags", "script");
    assertThat(Sexp.of(values.attribute("tags").orElseThrow().value()))
        .isEqualTo("{Owner=\"team\" \"Cost:Center\"=\"1234\"}");
    assertThat(((Expression.Template) values.attribute("script").orElseThrow().value()).literal())
        .contains("#!/bin/bash\necho \"hello\"\n");
  }

  @Test
  void fileEndingInACommentWithoutNewline() {
    assertThat(parse("no_final_newline.tf").attributes()).hasSize(1);
  }
}
