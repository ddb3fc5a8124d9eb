package dev.bulwark.terraform.eval;

/**
 * An expression that Terraform would reject when evaluated (a missing attribute, an index out of range, a value of
 * the wrong type). It never escapes evaluation: {@code try} and {@code can} catch it, and elsewhere the expression's
 * value becomes unknown. It carries no stack trace, so throwing it is cheap.
 */
public final class EvaluationError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EvaluationError(String message) {
    super(message, null, false, false);
  }
}
