package dev.bulwark.ansible.jinja;

/** A token of a Jinja expression; a string token's text is its decoded value. */
record Token(Kind kind, String text) {
  enum Kind {
    NAME,
    NUMBER,
    STRING,
    PUNCTUATION
  }
}
