package dev.bulwark.ansible;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.frontend.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * A YAML file of a project, read and parsed once.
 *
 * @param path      relative to the scan's base directory
 * @param source    the text, when the file could be read
 * @param document  the first YAML document, when there is one and it parsed
 * @param documents how many documents the file holds
 * @param errors    why it could not be read or parsed
 */
record AnsibleFile(String path, Optional<SourceText> source, Optional<DocNode> document, int documents,
    List<Diagnostic> errors) {

  AnsibleFile {
    errors = List.copyOf(errors);
  }

  /** The top-level mapping, if the document is one. */
  Optional<DocNode.Mapping> mapping() {
    return document.filter(DocNode.Mapping.class::isInstance).map(DocNode.Mapping.class::cast);
  }

  /** The top-level sequence's items, if the document is one. */
  Optional<List<DocNode>> items() {
    return document.filter(DocNode.Sequence.class::isInstance).map(node -> ((DocNode.Sequence) node).items());
  }

  /** Whether the file holds no document at all (empty, or only comments and {@code ---}). */
  boolean isEmpty() {
    return errors.isEmpty() && documents == 0;
  }
}
