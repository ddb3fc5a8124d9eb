package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The oldest TLS version a database server or cache accepts from clients (Azure SQL servers and managed instances,
 * PostgreSQL and MySQL servers, Azure Cache for Redis).
 *
 * @param minimumVersion the minimum version, as the service names it ({@code 1.2}, {@code TLS1_2}, {@code TLSv1.2},
 *                       the versions a MySQL server allows, or a value that turns the minimum off); unknown where it
 *                       is not read or not known before deployment
 */
public record TlsFloor(Resource resource, Located<String> minimumVersion) implements CloudModel {
  private static final Set<String> MODERN = Set.of("1.2", "1.3");

  public TlsFloor {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(minimumVersion, "minimumVersion");
  }

  /** The minimum that {@code key} of {@code resource} sets, or the default {@code whenMissing} at its header. */
  public static TlsFloor of(Resource resource, String key, String whenMissing) {
    return new TlsFloor(resource, resource.attribute(key).map(Located::text)
        .orElseGet(() -> Located.byDefault(whenMissing, key, resource.range())));
  }

  /**
   * Whether {@code version} keeps out TLS older than 1.2: a version ({@code 1.2}, {@code TLS1_2}, {@code TLSv1.2}) of
   * 1.2 or later, or a comma-separated list of such versions (MySQL's {@code tls_version}); a value that disables
   * the minimum does not.
   */
  public static boolean modern(String version) {
    return Arrays.stream(version.split(",")).map(TlsFloor::number).allMatch(MODERN::contains);
  }

  /** {@code 1.2} for {@code 1.2}, {@code TLS1_2}, {@code TLS_1_2} and {@code TLSv1.2}; anything else as written. */
  private static String number(String version) {
    String text = version.strip().toUpperCase(Locale.ROOT);
    if (text.startsWith("TLS")) {
      text = text.substring(3);
      text = text.startsWith("V") || text.startsWith("_") ? text.substring(1) : text;
    }
    return text.replace('_', '.');
  }
}
