package dev.bulwark.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The good and bad examples of the built-in rules: the fixtures the rules are tested with, shipped in the jar. A
 * line the rule flags carries an {@code # expect: BWnnn} marker (a JSON example lists them in a {@code .expect} file
 * beside it). The same files feed {@code bulwark explain} and the generated rule documentation.
 */
public final class RuleExamples {
  private static final Pattern MARKER = Pattern.compile("\\s*(#|//)\\s*expect:.*$");
  private static final Pattern CARETS = Pattern.compile("\\s*(#|//)\\s*\\^+.*");

  private RuleExamples() {}

  /**
   * One example file.
   *
   * @param name    the file name, e.g. {@code public_rds.tf}
   * @param format  {@code terraform}, {@code cloudformation} or {@code ansible}
   * @param text    the file's text
   * @param flagged the 1-based lines the rule flags
   */
  public record Example(String name, String format, String text, List<Integer> flagged) {
    public Example {
      flagged = List.copyOf(flagged);
    }

    /** Whether the rule flags nothing in this example. */
    public boolean isClean() {
      return flagged.isEmpty();
    }

    /** The text as a reader should see it: caret lines dropped, each marker turned into a short note. */
    public String displayText() {
      StringBuilder shown = new StringBuilder();
      for (String line : text.lines().toList()) {
        if (CARETS.matcher(line).matches()) {
          continue;
        }
        shown.append(MARKER.matcher(line).replaceFirst("  $1 <- flagged")).append('\n');
      }
      return shown.toString();
    }
  }

  /** The examples of rule {@code id} in file name order; empty for a rule without examples. */
  public static List<Example> of(String id) {
    URL folder = RuleExamples.class.getResource("examples/" + id);
    if (folder == null) {
      return List.of();
    }
    try {
      URI uri = folder.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return read(jar.provider().getPath(uri));
        }
      }
      return read(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Example> read(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> !file.getFileName().toString().endsWith(".expect") && Files.isRegularFile(file))
          .sorted()
          .map(RuleExamples::example)
          .toList();
    }
  }

  private static Example example(Path file) {
    try {
      String name = file.getFileName().toString();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Path listing = file.resolveSibling(name + ".expect");
      List<Integer> flagged = Files.exists(listing) ? listed(Files.readAllLines(listing)) : marked(text);
      return new Example(name, format(name), text, flagged);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Integer> listed(List<String> lines) {
    return lines.stream().filter(line -> !line.isBlank())
        .map(line -> Integer.parseInt(line.substring(0, line.indexOf(':')).trim())).distinct().toList();
  }

  private static List<Integer> marked(String text) {
    List<String> lines = text.lines().toList();
    return IntStream.range(0, lines.size())
        .filter(i -> MARKER.matcher(lines.get(i)).find())
        .mapToObj(i -> i + 1)
        .toList();
  }

  /** The example's format, by name: {@code .tf}, {@code *_playbook.yml}, and templates. */
  static String format(String name) {
    if (name.endsWith(".tf") || name.endsWith(".tfvars")) {
      return "terraform";
    }
    return name.endsWith("_playbook.yml") || name.endsWith("_playbook.yaml") ? "ansible" : "cloudformation";
  }
}
