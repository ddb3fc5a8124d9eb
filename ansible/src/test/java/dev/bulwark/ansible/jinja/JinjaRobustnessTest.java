package dev.bulwark.ansible.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.StringValue;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random templates built from Jinja's syntax never make the resolver throw, and always give an outcome. */
class JinjaRobustnessTest {
  private static final List<String> PIECES = List.of("{{", "}}", "{%", "%}", "{#", "#}", "-", "|", ".", "[", "]",
      "(", ")", "{", "}", ",", ":", "=", "'", "\"", "\\", " ", "x", "item", "default", "bool", "ternary", "int",
      "raw", "endraw", "omit", "1", "-1", "2.5", "true", "none", "lookup", "if", "\n", "😀", "é", "<", ">=", "==",
      " is ", " not ", " in ", " and ", "eq", "string");

  @Test
  void randomTemplatesGiveAnOutcome() {
    Random random = new Random(20261122);
    Range at = Range.ofLine("t.yml", 1, 1, 2);
    Variables variables = name -> name.equals("x")
        ? new Outcome.Known(new StringValue("value", at))
        : new Outcome.Undefined(name);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder template = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int k = 0; k < length; k++) {
        template.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      assertThat(Jinja.render(template.toString(), at, variables)).as(template.toString()).isNotNull();
    }
  }
}
