package dev.bulwark.terraform.hcl;

import static dev.bulwark.terraform.hcl.Hcl.errors;
import static dev.bulwark.terraform.hcl.Hcl.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructureTest {

  @Test
  void emptyAndBlankFilesHaveEmptyBodies() {
    assertThat(parse("").items()).isEmpty();
    assertThat(parse("\n\n  \n# only a comment\n").items()).isEmpty();
  }

  @Test
  void attributesAndBlocksInSourceOrder() {
    Body body = parse("""
        a = 1
        block "x" {
          b = 2
        }
        c = 3
        """);
    assertThat(body.items()).hasSize(3);
    assertThat(body.attributes()).extracting(a -> a.name().name()).containsExactly("a", "c");
    assertThat(body.blocks()).singleElement().satisfies(b -> assertThat(b.type().name()).isEqualTo("block"));
    assertThat(body.items().get(1)).isInstanceOf(Body.Block.class);
  }

  @Test
  void blockLabelsQuotedOrBare() {
    Body.Block block = parse("resource \"aws_s3_bucket\" logs \"a\\\"b\" {\n}\n").blocks().get(0);
    assertThat(block.labels()).extracting(Body.Label::value).containsExactly("aws_s3_bucket", "logs", "a\"b");
    assertThat(block.labels()).extracting(Body.Label::quoted).containsExactly(true, false, true);
    assertThat(block.body().items()).isEmpty();
  }

  @Test
  void nestedBlocks() {
    Body body = parse("""
        resource "aws_security_group" "sg" {
          ingress {
            from_port = 22
            cidr_blocks = ["0.0.0.0/0"]
          }
          ingress {
            from_port = 443
          }
          lifecycle {
            create_before_destroy = true
          }
        }
        """);
    Body inner = body.blocks().get(0).body();
    assertThat(inner.blocks()).extracting(b -> b.type().name()).containsExactly("ingress", "ingress", "lifecycle");
    assertThat(Sexp.of(inner.blocks().get(1).body().attribute("from_port").orElseThrow().value())).isEqualTo("443");
  }

  @Test
  void oneLineBlocks() {
    Body body = parse("""
        a { b = 1 }
        c "d" {}
        e {
        }
        variable "x" { default = { k = [1, 2] } }
        """);
    assertThat(body.blocks()).hasSize(4);
    assertThat(Sexp.of(body.blocks().get(0).body().attribute("b").orElseThrow().value())).isEqualTo("1");
    assertThat(body.blocks().get(1).body().items()).isEmpty();
    assertThat(body.blocks().get(2).body().items()).isEmpty();
    assertThat(Sexp.of(body.blocks().get(3).body().attribute("default").orElseThrow().value()))
        .isEqualTo("{k=[1 2]}");
  }

  @Test
  void commentsOfAllThreeStyles() {
    Body body = parse("""
        # hash comment
        // slash comment
        /* block
           comment */ a = 1 /* inline */ # trailing
        b /* between */ = /* here */ 2 // trailing
        c { # after brace
          d = 3 /* multi
          line */
        }
        """);
    assertThat(body.attributes()).extracting(a -> Sexp.of(a.value())).containsExactly("1", "2");
    assertThat(body.blocks().get(0).body().attribute("d")).isPresent();
  }

  @Test
  void keywordsAreNamesWhereTheyIntroduceNothing() {
    Body body = parse("""
        for = 1
        in = 2
        if { else = 3 }
        null = true
        x = var.if.in.null
        """);
    assertThat(body.attributes()).extracting(a -> a.name().name()).containsExactly("for", "in", "null", "x");
    assertThat(body.blocks().get(0).type().name()).isEqualTo("if");
    assertThat(Sexp.of(body.attribute("x").orElseThrow().value())).isEqualTo("(. (. (. var if) in) null)");
  }

  @Test
  void aBlockBodyStartingWithANestedForBlockIsNotAForExpression() {
    Body body = parse("parent {\n  for x {\n    a = 1\n  }\n}\n");
    Body.Block nested = body.blocks().get(0).body().blocks().get(0);
    assertThat(nested.type().name()).isEqualTo("for");
    assertThat(nested.labels()).extracting(Body.Label::value).containsExactly("x");
  }

  @Test
  void identifiersMayHoldDashesAndUnicode() {
    Body body = parse("my-attr_1 = 1\nnäme = 2\n_x = 3\n");
    assertThat(body.attributes()).extracting(a -> a.name().name()).containsExactly("my-attr_1", "näme", "_x");
  }

  @Test
  void crlfLineEndings() {
    Body body = parse("a = 1\r\nb {\r\n  c = \"x\"\r\n}\r\n");
    assertThat(body.items()).hasSize(2);
    assertThat(Sexp.of(body.blocks().get(0).body().attribute("c").orElseThrow().value())).isEqualTo("\"x\"");
  }

  @Test
  void noFinalNewlineIsFine() {
    assertThat(parse("a = 1").attributes()).hasSize(1);
    assertThat(parse("a {\n}").blocks()).hasSize(1);
  }

  @Test
  void newlinesEndAttributes() {
    assertThat(errors("a = 1 b = 2\n").get(0).message()).isEqualTo(
        "unexpected 'b', expected the end of the file or a newline");
    assertThat(errors("a = 1 +\n 2\n")).isNotEmpty();
  }

  @Test
  void blockItemsNeedTheirOwnLines() {
    assertThat(errors("a {\n  b = 1 }\n").get(0).message()).isEqualTo("unexpected '}', expected a newline");
    assertThat(errors("a { b = 1\n}\n").get(0).message()).isEqualTo("unexpected newline, expected '}'");
    assertThat(errors("a { b {} }\n")).isNotEmpty();
    assertThat(errors("a {} b {}\n")).isNotEmpty();
    assertThat(errors("a { b = 1, c = 2 }\n")).isNotEmpty();
  }
}
