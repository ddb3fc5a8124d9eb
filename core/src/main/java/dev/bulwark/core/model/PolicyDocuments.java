package dev.bulwark.core.model;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads resource policies written as structured IAM policy documents (a CloudFormation property, an Ansible
 * option, a Terraform policy document data source), not as JSON text.
 */
public final class PolicyDocuments {
  private PolicyDocuments() {}

  /**
   * Whether the policy document in {@code entry} admits anyone: some statement allows the principal {@code *}
   * (directly or as {@code AWS}) without a {@code Condition}, and no statement denies; the first such principal is a
   * related location. A document whose statements cannot all be read is unknown, and so is one that is not a
   * document (JSON text, a template expression) and one that admits no one for sure only because an allowed
   * principal or an effect is not known.
   */
  public static Fact admitsAnyone(MapEntry entry) {
    Value policy = entry.value();
    Optional<Value> statements = policy.asMap().flatMap(map -> map.get("Statement"));
    if (statements.isEmpty() || !statements.get().isKnown()) {
      return Fact.unknown(entry.key(), entry.range(), policy.origin());
    }
    Optional<Value> anyone = Optional.empty();
    boolean unreadable = false;
    for (Value statement : statements.get().asList().orElse(List.of(statements.get()))) {
      Optional<MapValue> map = statement.asMap();
      if (map.isEmpty() || !map.get().isKnown()) {
        return Fact.unknown(entry.key(), entry.range(), policy.origin());
      }
      String effect = map.get().get("Effect").flatMap(Value::asString).orElse("");
      if (effect.equals("Deny")) {
        return Fact.known(false, entry.key(), entry.range(), policy.origin());
      }
      boolean unconditional = map.get().entry("Condition").isEmpty();
      boolean allows = effect.equals("Allow") && unconditional;
      Optional<Value> principal = map.get().get("Principal");
      if (allows && anyone.isEmpty()) {
        anyone = principal.flatMap(PolicyDocuments::anyone);
      }
      boolean effectUnknown = map.get().get("Effect").filter(value -> !value.isKnown()).isPresent();
      unreadable |= unconditional && effectUnknown
          || allows && principal.filter(PolicyDocuments::unreadable).isPresent();
    }
    if (anyone.isEmpty()) {
      return unreadable ? Fact.unknown(entry.key(), entry.range(), policy.origin())
          : Fact.known(false, entry.key(), entry.range(), policy.origin());
    }
    List<RelatedLocation> origin = new ArrayList<>(policy.origin());
    origin.addAll(anyone.get().origin());
    origin.add(new RelatedLocation(anyone.get().range(), "the principal that admits anyone"));
    return Fact.known(true, entry.key(), entry.range(), origin);
  }

  /** The value in {@code principal} that stands for anyone: {@code *} itself, or as (or among) its {@code AWS}. */
  private static Optional<Value> anyone(Value principal) {
    if (isAnyone(principal)) {
      return Optional.of(principal);
    }
    Optional<Value> aws = principal.asMap().flatMap(map -> map.get("AWS"));
    return aws.filter(PolicyDocuments::isAnyone).or(() -> aws.flatMap(Value::asList)
        .flatMap(items -> items.stream().filter(PolicyDocuments::isAnyone).findFirst()));
  }

  /** Whether some part of {@code principal} that could stand for anyone is not known. */
  private static boolean unreadable(Value principal) {
    Optional<Value> aws = principal.asMap().flatMap(map -> map.get("AWS"));
    return !principal.isKnown() || aws.filter(value -> !value.isKnown()).isPresent()
        || aws.flatMap(Value::asList).filter(items -> items.stream().anyMatch(item -> !item.isKnown())).isPresent();
  }

  private static boolean isAnyone(Value value) {
    return value.asString().filter("*"::equals).isPresent();
  }
}
