package dev.bulwark.core.document;

import dev.bulwark.core.Diagnostic;
import java.util.List;

/**
 * The documents of one file, or the reason it could not be read: a {@code parse-error} at the offending position,
 * or a {@code limit-exceeded} when nesting or alias expansion went past the scan's limits.
 */
public record Documents(List<DocNode> documents, List<Diagnostic> errors) {
  public Documents {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }

  static Documents failed(Diagnostic error) {
    return new Documents(List.of(), List.of(error));
  }
}
