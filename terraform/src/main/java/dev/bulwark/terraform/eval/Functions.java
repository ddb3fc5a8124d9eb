package dev.bulwark.terraform.eval;

import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.value.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * The built-in functions, by name. A function that is not built in (a provider function, a rarely used or
 * non-deterministic one such as {@code timestamp}) gives an unknown value, never an error: Terraform knows it.
 */
final class Functions {
  /** A built-in function. */
  @FunctionalInterface
  interface Builtin {
    Value apply(Call call);
  }

  private final Map<String, Builtin> byName = new HashMap<>();

  Functions(ScanSettings settings) {
    CollectionFunctions.register(byName);
    SetFunctions.register(byName);
    StringFunctions.register(byName);
    FormatFunctions.register(byName);
    NumericFunctions.register(byName);
    TypeFunctions.register(byName);
    EncodingFunctions.register(byName, settings);
    NetworkFunctions.register(byName);
    FileFunctions.register(byName);
  }

  Value call(String name, Call call) {
    Builtin builtin = byName.get(name);
    if (builtin == null) {
      return call.unknown();
    }
    try {
      return builtin.apply(call);
    } catch (UnknownArgument e) {
      return call.unknown();
    }
  }
}
