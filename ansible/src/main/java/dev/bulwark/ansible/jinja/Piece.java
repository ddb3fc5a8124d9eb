package dev.bulwark.ansible.jinja;

/** A piece of a template: literal text, or an expression to evaluate. */
sealed interface Piece {
  /** Literal text (outside tags, or inside a raw block). */
  record Text(String text) implements Piece {}

  /** An expression tag's content. */
  record Expr(Expression expression) implements Piece {}
}
