package dev.bulwark.terraform.hcl;

import static dev.bulwark.terraform.hcl.Hcl.at;
import static dev.bulwark.terraform.hcl.Hcl.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.SourceText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RangeTest {

  private static final String FILE = """
      resource "aws_s3_bucket" "logs" {
        bucket = "logs-${var.env}"
        tags = {
          Name = "logs"
        }
      }
      """;

  @Test
  void blockAndAttributeRanges() {
    Body body = parse(FILE);
    assertThat(at(body)).isEqualTo("1:1-7:1");
    Body.Block block = body.blocks().get(0);
    assertThat(at(block)).isEqualTo("1:1-6:2");
    assertThat(at(block.header())).isEqualTo("1:1-1:32");
    assertThat(at(block.type())).isEqualTo("1:1-1:9");
    assertThat(block.labels()).extracting(Hcl::at).containsExactly("1:10-1:25", "1:26-1:32");
    assertThat(at(block.body())).as("between the braces").isEqualTo("1:34-6:1");
    Body.Attribute bucket = block.body().attribute("bucket").orElseThrow();
    assertThat(at(bucket)).isEqualTo("2:3-2:29");
    assertThat(at(bucket.name())).isEqualTo("2:3-2:9");
    assertThat(at(bucket.value())).isEqualTo("2:12-2:29");
    Body.Attribute tags = block.body().attribute("tags").orElseThrow();
    assertThat(at(tags.value())).isEqualTo("3:10-5:4");
    Expression.ObjectItem name = ((Expression.ObjectCons) tags.value()).items().get(0);
    assertThat(at(name)).isEqualTo("4:5-4:18");
    assertThat(at(name.key())).isEqualTo("4:5-4:9");
  }

  @Test
  void templatePartRanges() {
    Expression.Template value = (Expression.Template) parse(FILE).blocks().get(0).body().attribute("bucket")
        .orElseThrow().value();
    assertThat(value.parts()).extracting(Hcl::at).containsExactly("2:13-2:18", "2:18-2:28");
    TemplatePart.Interpolation interpolation = (TemplatePart.Interpolation) value.parts().get(1);
    assertThat(at(interpolation.expression())).isEqualTo("2:20-2:27");
    Expression.GetAttr get = (Expression.GetAttr) interpolation.expression();
    assertThat(at(get.name())).isEqualTo("2:24-2:27");
  }

  @Test
  void directiveRanges() {
    Expression.Template value = (Expression.Template) Hcl.expr("\"a%{ if x }b%{ else }c%{ endif }d\"");
    assertThat(value.parts()).extracting(Hcl::at).containsExactly("1:6-1:7", "1:7-1:37", "1:37-1:38");
    TemplatePart.If directive = (TemplatePart.If) value.parts().get(1);
    assertThat(at(directive.condition())).isEqualTo("1:13-1:14");
    assertThat(at(directive.whenTrue().get(0))).isEqualTo("1:16-1:17");
    assertThat(at(directive.whenFalse().get(0))).isEqualTo("1:26-1:27");
  }

  @Test
  void crlfDoesNotShiftColumns() {
    Body body = parse(FILE.replace("\n", "\r\n"));
    Body.Block block = body.blocks().get(0);
    assertThat(at(block)).isEqualTo("1:1-6:2");
    assertThat(at(block.body().attribute("bucket").orElseThrow().value())).isEqualTo("2:12-2:29");
    assertThat(at(block.body().attribute("tags").orElseThrow().value())).isEqualTo("3:10-5:4");
    assertThat(at(body)).isEqualTo("1:1-7:1");
  }

  @Test
  void aTabIsOneColumn() {
    Body.Attribute attribute = parse("a {\n\t\tname\t=\t\"x\"\n}\n").blocks().get(0).body().attributes().get(0);
    assertThat(at(attribute.name())).isEqualTo("2:3-2:7");
    assertThat(at(attribute.value())).isEqualTo("2:10-2:13");
  }

  @Test
  void aByteOrderMarkShiftsNothing() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "name = \"x\"\n".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(text, 0, content, bom.length, text.length);
    ParseResult result = HclParser.parse(SourceText.decode("bom.tf", content), Hcl.DEPTH);
    Body.Attribute attribute = result.body().orElseThrow().attributes().get(0);
    assertThat(at(attribute.name())).isEqualTo("1:1-1:5");
    assertThat(at(attribute.value())).isEqualTo("1:8-1:11");
    assertThat(attribute.range().file()).isEqualTo("bom.tf");
  }

  @Test
  void columnsCountUtf16CodeUnits() {
    Body body = parse("a = \"\uD83D\uDE00\"\nc = { \"\uD83D\uDE00\" = 2 }\n");
    Body.Attribute a = body.attribute("a").orElseThrow();
    assertThat(at(a.value())).as("an emoji is two UTF-16 code units").isEqualTo("1:5-1:9");
    assertThat(((Expression.Template) a.value()).literal()).contains("\uD83D\uDE00");
    Expression.ObjectItem item = ((Expression.ObjectCons) body.attribute("c").orElseThrow().value()).items().get(0);
    assertThat(at(item.value())).isEqualTo("2:14-2:15");
  }

  @Test
  void valuesAfterNonBmpCharactersOnTheSameLine() {
    Body body = parse("tags = { \"\uD83D\uDE80rocket\" = \"\u00e9\uD83D\uDE00\", k = 1 }\n");
    Expression.ObjectCons tags = (Expression.ObjectCons) body.attributes().get(0).value();
    assertThat(at(tags.items().get(0).key())).isEqualTo("1:10-1:20");
    assertThat(at(tags.items().get(0).value())).isEqualTo("1:23-1:28");
    assertThat(at(tags.items().get(1).value())).isEqualTo("1:34-1:35");
  }

  @Test
  void heredocRanges() {
    Body body = parse("""
        policy = <<-EOT
          {
            "a": ${x}
          }
          EOT
        next = 1
        """);
    Expression.Template heredoc = (Expression.Template) body.attribute("policy").orElseThrow().value();
    assertThat(at(heredoc)).as("from << to the closing marker").isEqualTo("1:10-5:6");
    assertThat(heredoc.parts()).extracting(Hcl::at)
        .as("the first literal starts after the removed indentation")
        .containsExactly("2:3-3:10", "3:10-3:14", "3:14-5:1");
    assertThat(Sexp.parts(heredoc.parts())).isEqualTo("{\n  \"a\": ${x}\n}\n");
    assertThat(at(body.attribute("next").orElseThrow())).isEqualTo("6:1-6:9");
  }

  @Test
  void crlfHeredocRanges() {
    Body body = parse("a = <<EOT\r\nx\r\nEOT\r\nb = 2\r\n");
    Expression.Template heredoc = (Expression.Template) body.attribute("a").orElseThrow().value();
    assertThat(at(heredoc)).isEqualTo("1:5-3:4");
    assertThat(heredoc.parts()).extracting(Hcl::at).containsExactly("2:1-3:1");
    assertThat(at(body.attribute("b").orElseThrow())).isEqualTo("4:1-4:6");
  }

  @Test
  void operatorAndTraversalRanges() {
    Expression.Conditional conditional = (Expression.Conditional) Hcl.expr("a.b[0] == 1 ? -x : f(y)");
    assertThat(at(conditional)).isEqualTo("1:5-1:28");
    Expression.Binary test = (Expression.Binary) conditional.condition();
    assertThat(at(test)).isEqualTo("1:5-1:16");
    assertThat(at(test.left())).isEqualTo("1:5-1:11");
    assertThat(at(((Expression.Index) test.left()).key())).isEqualTo("1:9-1:10");
    assertThat(at(conditional.whenTrue())).isEqualTo("1:19-1:21");
    assertThat(at(conditional.whenFalse())).isEqualTo("1:24-1:28");
    assertThat(at(Hcl.expr("(1 + 2)"))).isEqualTo("1:5-1:12");
  }
}
