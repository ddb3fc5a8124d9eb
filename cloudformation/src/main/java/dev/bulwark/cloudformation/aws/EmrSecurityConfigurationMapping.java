package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.EmrEncryption;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::EMR::SecurityConfiguration}: its {@code SecurityConfiguration} (an object, or JSON text) says what it
 * encrypts ({@link EmrEncryption}). A missing flag is located at the deepest key present.
 */
final class EmrSecurityConfigurationMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::EMR::SecurityConfiguration");
  }

  @Override
  public List<CloudModel> map(Resource configuration, Stack stack) {
    Optional<MapEntry> document = configuration.attributes().entry("SecurityConfiguration");
    if (document.isPresent() && document.get().value().asString().isPresent()) {
      return EmrEncryption.fromJson(configuration, document.get());
    }
    return EmrEncryption.models(configuration, flag(configuration, EmrEncryption.AT_REST),
        flag(configuration, EmrEncryption.IN_TRANSIT));
  }

  private static Fact flag(Resource configuration, String name) {
    NestedProperty encryption = NestedProperty.of(configuration, "SecurityConfiguration", "EncryptionConfiguration");
    if (encryption.unknown()) {
      return Fact.unknown(name, encryption.range(), encryption.origin());
    }
    if (encryption.entry().isEmpty()) {
      return Fact.byDefault(false, name, encryption.range());
    }
    Optional<MapValue> flags = encryption.entry().get().value().asMap();
    return flags.map(map -> Fact.of(map, name, false, encryption.range()))
        .orElseGet(() -> Fact.unknown(name, encryption.range(), encryption.origin()));
  }
}
