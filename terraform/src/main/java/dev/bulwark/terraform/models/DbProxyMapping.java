package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.TrafficEncryption;
import java.util.List;
import java.util.Set;

/** {@code aws_db_proxy}: clients must use TLS only with {@code require_tls = true} (false by default). */
final class DbProxyMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_db_proxy");
  }

  @Override
  public List<CloudModel> map(Resource proxy, Module module) {
    return List.of(new TrafficEncryption(proxy, Fact.of(proxy.attributes(), "require_tls", false, proxy.range())));
  }
}
