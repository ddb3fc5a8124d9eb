package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The oldest TLS version a database server or cache accepts from clients (Azure SQL, PostgreSQL, MySQL and MariaDB
 * servers, Azure Cache for Redis).
 *
 * @param minimumVersion the minimum version, as the service names it ({@code 1.2}, {@code TLS1_2}, or a value that
 *                       turns the minimum off); unknown where it is not read or not known before deployment
 */
public record TlsFloor(Resource resource, Located<String> minimumVersion) implements CloudModel {
  private static final Set<String> MODERN = Set.of("1.2", "1.3", "TLS1_2", "TLS1_3", "TLS_1_2", "TLS_1_3");

  public TlsFloor {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(minimumVersion, "minimumVersion");
  }

  /** Whether {@code version} keeps out TLS older than 1.2; a value that disables the minimum does not. */
  public static boolean modern(String version) {
    return MODERN.contains(version.strip().toUpperCase(Locale.ROOT));
  }
}
