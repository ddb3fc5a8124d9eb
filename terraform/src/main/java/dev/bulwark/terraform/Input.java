package dev.bulwark.terraform;

import dev.bulwark.core.value.Value;
import java.util.Optional;

/**
 * The value given to a variable: by a variable file or the command line for a root module, by the module block
 * for a called module.
 *
 * @param value    the value, located where it was set
 * @param source   the related location's message for it, e.g. "`var.public` is set in terraform.tfvars"
 * @param callSite whether it was set at the call site of the module (then it keeps that location)
 */
record Input(Value value, String source, boolean callSite) {
  /** The inputs of a module instance, by variable name. */
  @FunctionalInterface
  interface Inputs {
    Optional<Input> get(String name);
  }
}
