package dev.bulwark.terraform.eval;

/** Thrown inside a function when an argument it needs is unknown: the call's value is then unknown. */
final class UnknownArgument extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnknownArgument() {
    super(null, null, false, false);
  }
}
