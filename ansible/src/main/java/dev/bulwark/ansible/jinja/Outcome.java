package dev.bulwark.ansible.jinja;

import dev.bulwark.core.value.Value;
import java.util.Objects;

/**
 * What a template, an expression or a variable evaluates to: a value (which may itself be unknown), a variable
 * that no source defines, or Ansible's {@code omit} placeholder, which drops the module argument it is given to.
 */
public sealed interface Outcome {
  /** A value; an {@link dev.bulwark.core.value.UnknownValue} when it cannot be known before deployment. */
  record Known(Value value) implements Outcome {
    public Known {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A variable (or an attribute or item of one) that is not defined: only {@code default} turns it into a value. */
  record Undefined(String name) implements Outcome {
    public Undefined {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Ansible's {@code omit}: the argument is left out, so the module's default applies. */
  record Omit() implements Outcome {}
}
