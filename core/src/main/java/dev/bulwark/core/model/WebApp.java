package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Objects;

/**
 * A hosted web application (Azure App Service).
 *
 * @param httpLogging whether the requests it serves are logged
 */
public record WebApp(Resource resource, Fact httpLogging) implements CloudModel {
  public WebApp {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(httpLogging, "httpLogging");
  }
}
