package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing one file: its body, or (when the file has syntax errors) the errors, each a
 * {@code parse-error} diagnostic at the offending token.
 */
public record ParseResult(Optional<Body> body, List<Diagnostic> errors) {
  public ParseResult {
    errors = List.copyOf(errors);
  }
}
