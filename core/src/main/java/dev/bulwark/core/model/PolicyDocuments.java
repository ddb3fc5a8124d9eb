package dev.bulwark.core.model;

import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * Reads resource policies written as structured IAM policy documents (a CloudFormation property, an Ansible
 * option), not as JSON text.
 */
public final class PolicyDocuments {
  private PolicyDocuments() {}

  /**
   * Whether the policy document in {@code entry} admits anyone: some statement allows the principal {@code *}
   * (directly or as {@code AWS}) without a {@code Condition}, and no statement denies. A document whose statements
   * cannot all be read is unknown, and so is one that is not a document (JSON text, a template expression).
   */
  public static Fact admitsAnyone(MapEntry entry) {
    Value policy = entry.value();
    Optional<Value> statements = policy.asMap().flatMap(map -> map.get("Statement"));
    if (statements.isEmpty() || !statements.get().isKnown()) {
      return Fact.unknown(entry.key(), entry.range(), policy.origin());
    }
    boolean open = false;
    for (Value statement : statements.get().asList().orElse(List.of(statements.get()))) {
      Optional<MapValue> map = statement.asMap();
      if (map.isEmpty() || !map.get().isKnown()) {
        return Fact.unknown(entry.key(), entry.range(), policy.origin());
      }
      String effect = map.get().get("Effect").flatMap(Value::asString).orElse("");
      if (effect.equals("Deny")) {
        return Fact.known(false, entry.key(), entry.range(), policy.origin());
      }
      open |= effect.equals("Allow") && map.get().entry("Condition").isEmpty()
          && map.get().get("Principal").map(PolicyDocuments::anyone).orElse(false);
    }
    return Fact.known(open, entry.key(), entry.range(), policy.origin());
  }

  private static boolean anyone(Value principal) {
    if (principal.asString().filter("*"::equals).isPresent()) {
      return true;
    }
    Optional<Value> aws = principal.asMap().flatMap(map -> map.get("AWS"));
    return aws.flatMap(Value::asString).filter("*"::equals).isPresent()
        || aws.flatMap(Value::asList).map(items -> items.stream()
            .anyMatch(item -> item.asString().filter("*"::equals).isPresent())).orElse(false);
  }
}
