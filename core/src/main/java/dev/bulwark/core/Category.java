package dev.bulwark.core;

/** The mission's four categories; each rule belongs to one and carries its tag in SARIF and JSON. */
public enum Category {
  PUBLIC_DATABASE("public-database"),
  OPEN_SECURITY_GROUP("open-security-group"),
  UNENCRYPTED_STORAGE("unencrypted-storage"),
  LOGGING_DISABLED("logging-disabled");

  private final String tag;

  Category(String tag) {
    this.tag = tag;
  }

  /** The category tag, e.g. {@code public-database}. */
  public String tag() {
    return tag;
  }
}
