package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A managed message broker (MSK, Amazon MQ).
 *
 * @param logging whether the broker's logs are delivered
 */
public record MessageBroker(Resource resource, Fact logging)
    implements CloudModel {

  public MessageBroker {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(logging, "logging");
  }
}
