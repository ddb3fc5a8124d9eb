package dev.bulwark.rules;

import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.Fact;
import java.util.Optional;

/** Concrete wording for a fact that should be otherwise: what it should be, and what it is. */
final class FactText {
  private FactText() {}

  /** E.g. "`publicly_accessible` should be false; it is true", or "...; it is not set and defaults to true". */
  static String shouldBe(Fact fact, boolean wanted) {
    String actual = fact.byDefault()
        ? "it is not set and defaults to " + !wanted
        : "it is " + !wanted;
    return "`" + fact.attribute() + "` should be " + wanted + "; " + actual;
  }

  /**
   * For a fact about configuration that is there or not (a block, a property, an attached resource): "no `x` is
   * configured" when it is missing, "`x` configures none" when it is empty.
   */
  static String notConfigured(Fact fact) {
    return fact.byDefault()
        ? "no `" + fact.attribute() + "` is configured"
        : "`" + fact.attribute() + "` configures none";
  }

  /** {@code kind} as a sentence begins with it: "Database", "Search service". */
  static String capitalized(String kind) {
    return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }

  /** " (when ...)" for a fact or setting that holds only under a condition; empty otherwise. */
  static String when(String condition) {
    return condition.isEmpty() ? "" : " (when " + condition + ")";
  }

  /**
   * For the fact of a snapshot, which is its source's: "its source (`volume_id`) is not encrypted, and a snapshot
   * keeps its source's encryption and key"; empty for any other model.
   */
  static Optional<String> ofSnapshot(Object model, Fact fact, String notWhat) {
    return model instanceof DataStore store && store.isSnapshot()
        ? Optional.of("its source (`" + fact.attribute() + "`) is not " + notWhat
            + ", and a snapshot keeps its source's encryption and key")
        : Optional.empty();
  }

  /** Why a customer-managed key fact is false: the key attribute is missing, or names a provider-managed key. */
  static String providerKey(Fact fact) {
    return fact.byDefault()
        ? "no customer-managed key is configured (`" + fact.attribute() + "`), so a key the provider manages is used"
        : "`" + fact.attribute() + "` chooses a key the provider manages";
  }
}
