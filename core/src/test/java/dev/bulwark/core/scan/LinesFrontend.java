package dev.bulwark.core.scan;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A toy front end for scanner tests: each line of a {@code .lines} file, {@code type name [key=value]...}, is a
 * resource; {@code ref=name} refers to another. A line {@code !} is a syntax error; a file named {@code boom.lines}
 * makes the front end throw. A line {@code include PATH} reads a file relative to the base directory as a source of
 * the unit and notes it with an {@code included} diagnostic. {@code #}, {@code //} and {@code /*} start a comment
 * that runs to the end of the line; a line starting with {@code /*} without its end opens a comment that runs to the
 * end of the first {@code *}{@code /}.
 */
final class LinesFrontend implements Frontend {
  @Override
  public String format() {
    return "lines";
  }

  @Override
  public boolean claims(String relativePath) {
    return relativePath.endsWith(".lines");
  }

  @Override
  public UnitResult analyze(AnalysisUnit unit, AnalysisContext context) {
    SourceFile file = unit.files().get(0);
    if (file.name().equals("boom.lines")) {
      throw new IllegalStateException("boom");
    }
    SourceText source;
    try {
      source = file.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UnitResult.Builder result = UnitResult.builder().source(source);
    List<String[]> references = new ArrayList<>();
    boolean inComment = false;
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.lineText(line);
      if (inComment) {
        inComment = !text.contains("*/");
        text = inComment ? "" : text.substring(text.indexOf("*/") + 2);
      } else {
        inComment = text.strip().startsWith("/*") && !text.contains("*/");
      }
      text = text.replaceFirst("(^|\\s)(#|//|/\\*).*", "");
      if (text.isBlank()) {
        continue;
      }
      Range range = Range.ofLine(source.path(), line, 1, text.length() + 1);
      if (text.equals("!")) {
        result.diagnostic(Diagnostic.at(Diagnostic.Level.ERROR, "parse-error", "unexpected '!'", range));
        continue;
      }
      String[] words = text.trim().split("\\s+");
      if (words[0].equals("include")) {
        include(context, words[1], result);
        continue;
      }
      List<MapEntry> entries = new ArrayList<>();
      for (int i = 2; i < words.length; i++) {
        String[] pair = words[i].split("=", 2);
        entries.add(new MapEntry(pair[0], range, new StringValue(pair[1], range)));
        if (pair[0].equals("ref")) {
          references.add(new String[] {words[0] + "." + words[1], pair[1], String.valueOf(line)});
        }
      }
      result.resource(new Resource(new ResourceId(unit.name(), words[0] + "." + words[1]), format(),
          ResourceKind.MANAGED, words[0], range, MapValue.of(entries, range)));
    }
    for (String[] reference : references) {
      int line = Integer.parseInt(reference[2]);
      result.reference(new Reference(new ResourceId(unit.name(), reference[0]),
          new ResourceId(unit.name(), reference[1]), "ref", Range.ofLine(source.path(), line, 1, 2)));
    }
    return result.build();
  }

  private static void include(AnalysisContext context, String path, UnitResult.Builder result) {
    try {
      result.source(SourceText.decode(path, Files.readAllBytes(context.baseDirectory().resolve(path))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    result.diagnostic(Diagnostic.forFile(Diagnostic.Level.NOTE, "included", "included by a unit", path));
  }
}
