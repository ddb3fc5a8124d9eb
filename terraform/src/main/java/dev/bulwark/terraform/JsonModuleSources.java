package dev.bulwark.terraform;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.JsonDocuments;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The literal {@code source} of each module call of a JSON-syntax file, read before any unit is analysed (as
 * {@link ModuleCallSkim} does for native syntax); a file that is not valid JSON calls nothing.
 */
final class JsonModuleSources {
  private JsonModuleSources() {}

  static List<String> of(String path, String text) {
    if (!text.contains("module")) {
      return List.of();
    }
    List<DocNode> documents = JsonDocuments.read(SourceText.of(path, text), ScanSettings.DEFAULTS).documents();
    List<String> sources = new ArrayList<>();
    documents.stream()
        .flatMap(document -> document instanceof DocNode.Mapping root ? root.get("module").stream() : Stream.empty())
        .flatMap(calls -> calls instanceof DocNode.Mapping byName ? byName.entries().stream() : Stream.empty())
        .flatMap(call -> call.value() instanceof DocNode.Sequence several
            ? several.items().stream() : Stream.of(call.value()))
        .flatMap(body -> body instanceof DocNode.Mapping mapping ? mapping.get("source").stream() : Stream.empty())
        .forEach(source -> {
          if (source instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.Kind.STRING) {
            sources.add(scalar.text());
          }
        });
    return sources;
  }
}
