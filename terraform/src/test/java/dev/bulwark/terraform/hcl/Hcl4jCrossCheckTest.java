package dev.bulwark.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.frontend.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The HCL4j value cross-check on committed fixtures. */
class Hcl4jCrossCheckTest {

  private static SourceText fixture(String name) throws Exception {
    Path file = Path.of(Hcl4jCrossCheckTest.class.getResource("/hcl/crosscheck/" + name).toURI());
    return SourceText.decode(name, Files.readAllBytes(file));
  }

  @Test
  void literalValuesAgreeWithHcl4j() throws Exception {
    Hcl4jCrossCheck check = new Hcl4jCrossCheck();
    check.check(fixture("resources.tf"));
    check.check(fixture("variables.tf"));
    System.out.println(check.summary());

    assertThat(check.files()).isEqualTo(2);
    assertThat(check.skipped()).isZero();
    assertThat(check.compared()).isEqualTo(32);
    assertThat(check.agreed()).isEqualTo(30);
    assertThat(check.disagreements()).extracting(Hcl4jCrossCheck.Disagreement::attribute).containsExactly(
        "variable.long_description.description", "variable.template_text.default");
    assertThat(check.count(Hcl4jCrossCheck.Reason.HEREDOC_INDENT)).isOne();
    assertThat(check.count(Hcl4jCrossCheck.Reason.LITERAL_ESCAPE)).isOne();
    assertThat(check.disagreements().get(1).ours()).isEqualTo("literal ${not_interpolated}");
  }
}
