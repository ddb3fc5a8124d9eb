package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * Whether a search domain's {@code AccessPolicies} admit anyone: some statement allows the principal {@code *}
 * (directly or as {@code AWS}) without a {@code Condition}, and no statement denies. A policy that cannot be read
 * is unknown; a domain without a policy admits no one.
 */
final class AccessPolicies {
  private static final String KEY = "AccessPolicies";

  private AccessPolicies() {}

  static Fact open(Resource domain) {
    Optional<MapEntry> entry = domain.attributes().entry(KEY).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, KEY, domain.range());
    }
    Value policy = entry.get().value();
    Optional<Value> statements = policy.asMap().flatMap(map -> map.get("Statement"));
    if (statements.isEmpty() || !statements.get().isKnown()) {
      return Fact.unknown(KEY, entry.get().range(), policy.origin());
    }
    List<Value> list = statements.get().asList().orElse(List.of(statements.get()));
    boolean open = false;
    for (Value statement : list) {
      Optional<MapValue> map = statement.asMap();
      if (map.isEmpty() || !map.get().isKnown()) {
        return Fact.unknown(KEY, entry.get().range(), policy.origin());
      }
      String effect = map.get().get("Effect").flatMap(Value::asString).orElse("");
      if (effect.equals("Deny")) {
        return Fact.known(false, KEY, entry.get().range(), policy.origin());
      }
      open |= effect.equals("Allow") && map.get().entry("Condition").isEmpty()
          && map.get().get("Principal").map(AccessPolicies::anyone).orElse(false);
    }
    return Fact.known(open, KEY, entry.get().range(), policy.origin());
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
