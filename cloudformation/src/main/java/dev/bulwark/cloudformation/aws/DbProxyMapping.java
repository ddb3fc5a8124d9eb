package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.TrafficEncryption;
import java.util.List;
import java.util.Set;

/** {@code AWS::RDS::DBProxy}: clients must use TLS only with {@code RequireTLS: true} (false by default). */
final class DbProxyMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::RDS::DBProxy");
  }

  @Override
  public List<CloudModel> map(Resource proxy, Stack stack) {
    return List.of(new TrafficEncryption(proxy, Fact.of(proxy.attributes(), "RequireTLS", false, proxy.range())));
  }
}
