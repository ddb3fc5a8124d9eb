package dev.bulwark.ansible.jinja;

import java.util.Optional;

/** Where a template looks up its variables, and the files its lookups read. */
@FunctionalInterface
public interface Variables {
  /** The value of variable {@code name}, evaluated; {@link Outcome.Undefined} when nothing defines it. */
  Outcome lookup(String name);

  /**
   * The text of the file that lookup {@code plugin} ({@code file} or {@code template}) names {@code term}, found
   * where Ansible would search for it; empty when it is not found (by default: files are not read).
   */
  default Optional<String> lookupFile(String plugin, String term) {
    return Optional.empty();
  }
}
