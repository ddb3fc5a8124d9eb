package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A web application firewall's access control list (AWS WAF).
 *
 * @param logging whether the requests it inspects are logged
 */
public record WebAcl(Resource resource, Fact logging) implements CloudModel {
  public WebAcl {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(logging, "logging");
  }
}
