package dev.bulwark.cli;

/** Report formats of {@code bulwark scan}. */
enum OutputFormat {
  TEXT,
  JSON,
  SARIF,
  JUNIT
}
