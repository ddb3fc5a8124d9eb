package dev.bulwark.ansible.jinja;

/** Ansible's {@code ansible.builtin} collection, through which Jinja's own filters and tests are reached too. */
final class Builtins {
  private static final String PREFIX = "ansible.builtin.";

  private Builtins() {}

  /** {@code name} without the collection's prefix, if it has it. */
  static String shortName(String name) {
    return name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
  }
}
