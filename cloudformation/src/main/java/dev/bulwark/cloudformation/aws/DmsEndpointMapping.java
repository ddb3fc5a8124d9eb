package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DmsEndpoints;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/** {@code AWS::DMS::Endpoint}: its database connection's encryption, {@code SslMode} by {@code EngineName}. */
final class DmsEndpointMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::DMS::Endpoint");
  }

  @Override
  public List<CloudModel> map(Resource endpoint, Stack stack) {
    return DmsEndpoints.models(endpoint, endpoint.attributes().entry("EngineName"),
        endpoint.attributes().entry("SslMode"), "SslMode", endpoint.range(),
        KmsKeys.customerManaged(endpoint.attributes(), "KmsKeyId", endpoint.range()));
  }
}
