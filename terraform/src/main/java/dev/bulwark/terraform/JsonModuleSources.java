package dev.bulwark.terraform;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.JsonDocuments;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import java.util.ArrayList;
import java.util.List;

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
        .flatMap(document -> document.asMapping().flatMap(root -> root.get("module")).flatMap(DocNode::asMapping)
            .stream())
        .flatMap(calls -> calls.entries().stream())
        .flatMap(call -> call.value().asSequence().map(DocNode.Sequence::items).orElse(List.of(call.value())).stream())
        .flatMap(body -> body.asMapping().flatMap(mapping -> mapping.get("source")).flatMap(DocNode::asScalar).stream())
        .filter(scalar -> scalar.kind() == DocNode.Kind.STRING)
        .forEach(scalar -> sources.add(scalar.text()));
    return sources;
  }
}
