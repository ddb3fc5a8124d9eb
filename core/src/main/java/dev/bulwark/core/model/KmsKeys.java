package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Whether an AWS KMS key setting names a key the customer manages, as every front end reads it. */
public final class KmsKeys {
  private static final String AWS_OWNED_KEY = "AWS_OWNED_KMS_KEY";

  private KmsKeys() {}

  /**
   * The fact that {@code key} of {@code attributes} names a customer-managed key: false at {@code header} when
   * missing or null, false when empty, an AWS managed key's alias ({@code alias/aws/...}) or {@code AWS_OWNED_KMS_KEY}
   * (QLDB's name for its own key); true for any other key, including one not known before deployment (a reference
   * to a key the template or module creates).
   */
  public static Fact customerManaged(MapValue attributes, String key, Range header) {
    Optional<MapEntry> entry = attributes.entry(key).filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, key, header);
    }
    boolean awsManaged = entry.get().value().asString()
        .map(name -> name.isBlank() || name.startsWith("alias/aws/") || name.contains(":alias/aws/")
            || name.equals(AWS_OWNED_KEY))
        .orElse(false);
    return Fact.known(!awsManaged, key, entry.get().range(), entry.get().value().origin());
  }

  /**
   * Whether a key settings object supplies or names a key of the customer's under one of {@code keys} (a Google Cloud
   * disk's {@code disk_encryption_key}, say): true at the first with a value that is not blank, known or not; false
   * at {@code at}, as a fact about {@code name}, when none has one.
   */
  public static Fact supplied(MapValue settings, List<String> keys, String name, Range at) {
    for (String key : keys) {
      Optional<MapEntry> entry = settings.entry(key).filter(e -> !(e.value() instanceof NullValue));
      if (entry.isPresent() && !entry.get().value().asString().map(String::isBlank).orElse(false)) {
        return Fact.known(true, key, entry.get().range(), entry.get().value().origin());
      }
    }
    return Fact.byDefault(false, name, at);
  }

  /**
   * For settings that choose an encryption type and a key, such as an ECR repository's ({@code AES256} by default, or
   * {@code KMS}) or a Firehose delivery stream's ({@code AWS_OWNED_CMK} by default, or {@code CUSTOMER_MANAGED_CMK}):
   * a customer-managed key only with type {@code customerType} (in any case) and a {@code key} that names one (as
   * {@link #customerManaged}); false at {@code at} when the type is missing, at the type when it is another.
   */
  public static Fact customerManagedWithType(MapValue settings, String typeKey, String customerType, String key,
      Range at) {
    Optional<MapEntry> type = settings.entry(typeKey).filter(e -> !(e.value() instanceof NullValue));
    if (type.isEmpty()) {
      return Fact.byDefault(false, typeKey, at);
    }
    Fact kms = Fact.of(type.get().value(), typeKey, type.get().range(),
        value -> value.asString().map(text -> text.equalsIgnoreCase(customerType)));
    return kms.isTrue() ? customerManaged(settings, key, at) : kms;
  }

  /**
   * As {@link #customerManagedWithType} for the settings object {@code configuration} (an entry named {@code name}):
   * false at {@code header} when it is missing or null, unknown when it is not an object.
   */
  public static Fact customerManagedWithType(Optional<MapEntry> configuration, String name, String typeKey,
      String customerType, String key, Range header) {
    Optional<MapEntry> entry = configuration.filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(false, name, header);
    }
    return entry.get().value().asMap()
        .map(settings -> customerManagedWithType(settings, typeKey, customerType, key, entry.get().range()))
        .orElseGet(() -> Fact.unknown(name, entry.get().range(), entry.get().value().origin()));
  }

  /**
   * Whether an EKS cluster's envelope encryption ({@code encryption_config} / {@code EncryptionConfig}, the
   * {@code configurations} given, each a map) encrypts Kubernetes secrets with a key of the customer's: true at the
   * first configuration whose {@code resourcesKey} list names {@code secrets} and whose {@code providerKey} (an
   * object, or a block) names a key in {@code keyKey}; unknown where that cannot be read; else false at {@code at}
   * (no configuration names {@code secrets}).
   * Without one, EKS encrypts its data with a key AWS owns.
   */
  public static Fact eksSecrets(List<Value> configurations, String resourcesKey, String providerKey, String keyKey,
      Range at) {
    List<Fact> facts = new ArrayList<>();
    for (Value item : configurations) {
      Optional<MapValue> configuration = item.asMap();
      Optional<List<Value>> resources = configuration.flatMap(map -> map.get(resourcesKey)).flatMap(Value::asList);
      if (resources.isEmpty() || resources.get().stream().anyMatch(resource -> resource.asString().isEmpty())) {
        facts.add(Fact.unknown(resourcesKey, item.range(), item.origin()));
      } else if (resources.get().stream().anyMatch(resource -> resource.asString().orElseThrow().equals("secrets"))) {
        Optional<MapValue> provider = configuration.get().get(providerKey)
            .flatMap(value -> value.asMap().or(() -> value.asList().filter(list -> list.size() == 1)
                .flatMap(list -> list.get(0).asMap())));
        facts.add(provider.map(map -> Fact.names(map, keyKey, map.range()))
            .orElseGet(() -> Fact.byDefault(false, providerKey, item.range())));
      }
    }
    return facts.isEmpty() ? Fact.byDefault(false, resourcesKey, at) : Fact.any(facts);
  }
}
