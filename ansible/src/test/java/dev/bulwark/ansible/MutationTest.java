package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hard sample files, cut short and with characters changed at random, analyse without an exception: bad input
 * is a diagnostic, never a crash.
 */
class MutationTest {
  private static final String NOISE = "-:{}[]'\"|>!&*#%\n \t@{{}}";

  @TempDir
  Path folder;

  @Test
  void mutatedFilesNeverMakeTheFrontEndThrow() throws IOException, URISyntaxException {
    Path hard = Path.of(MutationTest.class.getResource("hard").toURI());
    List<Path> samples;
    try (Stream<Path> files = Files.walk(hard)) {
      samples = files.filter(Files::isRegularFile).sorted().toList();
    }
    Random random = new Random(42);
    for (int round = 0; round < 60; round++) {
      AnsibleProject project = new AnsibleProject(folder.resolve("round" + round));
      List<String> written = new ArrayList<>();
      for (Path sample : samples) {
        String path = hard.relativize(sample).toString().replace('\\', '/');
        project.file(path, mutate(Files.readString(sample), random));
        written.add(path);
      }
      UnitResult result = project.analyze();
      assertThat(result.sources()).extracting(SourceText::path).isSubsetOf(written);
      assertThat(result.diagnostics()).extracting(Diagnostic::file).isSubsetOf(written);
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder mutated = new StringBuilder(text.substring(0, random.nextInt(text.length() + 1)));
    for (int i = 0; i < 1 + random.nextInt(6) && !mutated.isEmpty(); i++) {
      mutated.setCharAt(random.nextInt(mutated.length()), NOISE.charAt(random.nextInt(NOISE.length())));
    }
    return mutated.toString();
  }
}
