package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.EmrEncryption;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_emr_security_configuration}: its {@code configuration} JSON ({@code jsonencode} or a literal) says what
 * it encrypts ({@link EmrEncryption}); findings point at the flag inside {@code jsonencode}, or else at
 * {@code configuration}, which is required.
 */
final class EmrSecurityConfigurationMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_emr_security_configuration");
  }

  @Override
  public List<CloudModel> map(Resource configuration, Module module) {
    return configuration.attribute("configuration")
        .map(entry -> EmrEncryption.fromJson(configuration, entry))
        .orElseGet(() -> EmrEncryption.models(configuration,
            Fact.unknown(EmrEncryption.AT_REST, configuration.range(), List.of()),
            Fact.unknown(EmrEncryption.IN_TRANSIT, configuration.range(), List.of())));
  }
}
