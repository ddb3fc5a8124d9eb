package dev.bulwark.terraform.hcl;

import org.antlr.v4.runtime.Token;

/** Counts how deep the builder is in blocks, expressions and template directives, up to a limit. */
final class Depth {
  private final int max;
  private int current;

  Depth(int max) {
    this.max = max;
  }

  /** Goes one level deeper, at {@code where}; past the limit this throws {@link TooDeep}. */
  void enter(Token where) {
    if (++current > max) {
      throw new TooDeep(where, max);
    }
  }

  void exit() {
    current--;
  }

  /** Nesting past the limit, first reached at {@code where}. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Token where;

    TooDeep(Token where, int max) {
      super(message(max), null, false, false);
      this.where = where;
    }

    Token where() {
      return where;
    }

    static String message(int max) {
      return "nesting is deeper than " + max + " levels";
    }
  }
}
