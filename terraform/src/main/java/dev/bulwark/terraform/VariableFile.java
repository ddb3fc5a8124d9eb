package dev.bulwark.terraform;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A {@code --var-file}, read and parsed once per scan and shared by every root module: its parsed text (when it
 * reads and parses), what went wrong otherwise, and whether it lies inside the scan's base directory (then it is one
 * of the scan's files).
 */
record VariableFile(Optional<ParsedFile> file, List<Diagnostic> diagnostics, boolean inside) {
  static VariableFile of(Path path, AnalysisContext context) {
    Path absolute = path.toAbsolutePath().normalize();
    return context.shared(List.of(VariableFile.class, absolute), () -> read(absolute, context));
  }

  private static VariableFile read(Path absolute, AnalysisContext context) {
    Path base = context.baseDirectory();
    boolean inside = absolute.startsWith(base);
    String name = inside
        ? base.relativize(absolute).toString().replace(absolute.getFileSystem().getSeparator(), "/")
        : absolute.toString();
    SourceText source;
    try {
      source = SourceText.decode(name, Files.readAllBytes(absolute));
    } catch (IOException e) {
      return new VariableFile(Optional.empty(), List.of(Diagnostic.forFile(Diagnostic.Level.ERROR, "unreadable",
          "cannot read the variable file: " + e.getMessage(), name)), inside);
    }
    ParseResult parsed = TerraformFiles.parse(source, context.settings());
    return new VariableFile(parsed.body().map(body -> new ParsedFile(source, body)), parsed.errors(), inside);
  }
}
