package dev.bulwark.ansible.jinja;

/** Where a template looks up its variables. */
@FunctionalInterface
public interface Variables {
  /** The value of variable {@code name}, evaluated; {@link Outcome.Undefined} when nothing defines it. */
  Outcome lookup(String name);
}
