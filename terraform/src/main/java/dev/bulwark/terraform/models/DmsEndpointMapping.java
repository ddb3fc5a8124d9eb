package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DmsEndpoints;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/** {@code aws_dms_endpoint}: its database connection's encryption, {@code ssl_mode} by {@code engine_name}. */
final class DmsEndpointMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_dms_endpoint");
  }

  @Override
  public List<CloudModel> map(Resource endpoint, Module module) {
    return DmsEndpoints.models(endpoint, endpoint.attribute("engine_name"), endpoint.attribute("ssl_mode"),
        "ssl_mode", endpoint.range(), KmsKeys.customerManaged(endpoint.attributes(), "kms_key_arn", endpoint.range()));
  }
}
