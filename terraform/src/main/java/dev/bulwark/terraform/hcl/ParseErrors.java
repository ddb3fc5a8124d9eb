package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import java.util.ArrayList;
import java.util.List;

/** The {@code parse-error} diagnostics of one file, at most {@value #LIMIT}. */
final class ParseErrors {
  static final int LIMIT = 10;

  private final List<Diagnostic> errors = new ArrayList<>();

  /** Records an error unless the limit is reached or the same error is already recorded. */
  void add(Range range, String message) {
    Diagnostic error = Diagnostic.at(Diagnostic.Level.ERROR, "parse-error", message, range);
    if (!isFull() && !errors.contains(error)) {
      errors.add(error);
    }
  }

  boolean isFull() {
    return errors.size() >= LIMIT;
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<Diagnostic> list() {
    return List.copyOf(errors);
  }
}
