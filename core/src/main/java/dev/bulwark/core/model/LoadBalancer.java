package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A load balancer (ELB, ALB, NLB; a Google Cloud backend service of an HTTP(S) load balancer).
 *
 * @param accessLogs whether access logs are delivered
 */
public record LoadBalancer(Resource resource, Fact accessLogs)
    implements CloudModel {

  /** The protocols of a Google Cloud backend service behind an HTTP(S) load balancer, which can log its requests. */
  private static final Set<String> HTTP_PROTOCOLS = Set.of("HTTP", "HTTPS", "HTTP2");

  public LoadBalancer {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(accessLogs, "accessLogs");
  }

  /**
   * A Google Cloud backend service as the HTTP(S) load balancer whose requests it logs: none when its
   * {@code protocol} (or {@code defaultProtocol} without one) is not HTTP, HTTPS or HTTP/2, or when its load
   * balancing {@code scheme} is {@code INTERNAL_SELF_MANAGED} (a service mesh's, which has no request log); with
   * {@code logging} (its {@code log_config.enable}, off by default) otherwise, or unknown when the protocol or the
   * scheme is not known.
   */
  public static List<CloudModel> backendService(Resource service, Optional<MapEntry> protocol,
      Optional<String> defaultProtocol, Optional<MapEntry> scheme, Fact logging) {
    Optional<MapEntry> givenScheme = scheme.filter(entry -> !(entry.value() instanceof NullValue));
    if (givenScheme.isPresent()) {
      Optional<String> schemeName = givenScheme.get().value().asString();
      if (schemeName.isEmpty()) {
        return List.of(new LoadBalancer(service,
            Fact.unknown(givenScheme.get().key(), givenScheme.get().range(), givenScheme.get().value().origin())));
      }
      if (schemeName.get().equalsIgnoreCase("INTERNAL_SELF_MANAGED")) {
        return List.of();
      }
    }
    Optional<MapEntry> given = protocol.filter(entry -> !(entry.value() instanceof NullValue));
    Optional<String> name = given.isPresent() ? given.get().value().asString() : defaultProtocol;
    if (given.isPresent() && name.isEmpty()) {
      return List.of(new LoadBalancer(service,
          Fact.unknown("protocol", given.get().range(), given.get().value().origin())));
    }
    return name.map(text -> text.toUpperCase(Locale.ROOT)).filter(HTTP_PROTOCOLS::contains).isPresent()
        ? List.of(new LoadBalancer(service, logging)) : List.of();
  }
}
