package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.value.JsonValues;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads resource policies: IAM policy documents written as structures (a CloudFormation property, an Ansible option,
 * a Terraform policy document data source) or as JSON text (Terraform's {@code jsonencode}, a string).
 */
public final class PolicyDocuments {

  private PolicyDocuments() {}

  /**
   * Whether the policy document in {@code entry} admits anyone: some statement allows the principal {@code *}
   * (directly or as {@code AWS}) without a {@code Condition}, and no statement denies (but for one that only refuses
   * requests not sent over TLS, which limits how, not who); the first such principal is a
   * related location when it has a place of its own. JSON text is read as the document it encodes: the value it was
   * made from, where a front end kept it (also when that value is only partly known), or else every part of it
   * located at the text. A
   * document whose statements cannot all be read is unknown, and so is one that is not a document (text that is
   * not JSON, a template expression) and one that admits no one for sure only because an allowed principal or an
   * effect is not known.
   */
  public static Fact admitsAnyone(MapEntry entry) {
    Value policy = entry.value() instanceof StringValue text ? decoded(text)
        : entry.value() instanceof UnknownValue text && text.encoded().isPresent()
            ? text.encoded().get().withOriginPrefix(text.origin()) : entry.value();
    Optional<Value> statements = policy.asMap().flatMap(map -> map.get("Statement"));
    if (statements.isEmpty() || !statements.get().isKnown()) {
      return Fact.unknown(entry.key(), entry.range(), policy.origin());
    }
    Optional<Value> anyone = Optional.empty();
    boolean unreadable = false;
    for (Value statement : statements.get().asList().orElse(List.of(statements.get()))) {
      Optional<MapValue> map = statement.asMap();
      if (map.isEmpty()) {
        return Fact.unknown(entry.key(), entry.range(), policy.origin());
      }
      String effect = map.get().get("Effect").flatMap(Value::asString).orElse("");
      if (effect.equals("Deny") && !refusesOnlyPlainTransport(map.get())) {
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
    if (!anyone.get().range().equals(policy.range())) {
      origin.add(new RelatedLocation(anyone.get().range(), "the principal that admits anyone"));
    }
    return Fact.known(true, entry.key(), entry.range(), origin);
  }

  /**
   * The document that {@code text} encodes: the located value it was made from (Terraform's {@code jsonencode}), or
   * else the JSON read from it, located at the text; unknown when the text is not JSON.
   */
  private static Value decoded(StringValue text) {
    if (text.encoded().isPresent()) {
      return text.encoded().get().withOriginPrefix(text.origin());
    }
    return JsonValues.parse(text.value(), text.range()).map(value -> value.withOriginPrefix(text.origin()))
        .orElseGet(() -> new UnknownValue(text.value(), text.range(), text.origin()));
  }

  /** Whether a statement's only condition is {@code Bool} {@code aws:SecureTransport} {@code false}. */
  private static boolean refusesOnlyPlainTransport(MapValue statement) {
    Optional<MapValue> condition = statement.get("Condition").flatMap(Value::asMap);
    Optional<MapValue> bool = condition.filter(map -> map.entries().size() == 1)
        .flatMap(map -> map.get("Bool")).flatMap(Value::asMap).filter(map -> map.entries().size() == 1);
    return bool.flatMap(map -> map.get("aws:SecureTransport")).flatMap(Value::asString)
        .filter("false"::equalsIgnoreCase).isPresent();
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
