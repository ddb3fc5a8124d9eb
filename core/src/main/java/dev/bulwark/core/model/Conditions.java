package dev.bulwark.core.model;

/** Joins the conditions under which a choice is taken. */
final class Conditions {
  private Conditions() {}

  /** {@code outer} and {@code inner}, either of which may be empty (unconditional). */
  static String join(String outer, String inner) {
    if (outer.isEmpty()) {
      return inner;
    }
    return inner.isEmpty() ? outer : outer + " and " + inner;
  }
}
