package dev.bulwark.core.model;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oldest TLS version a database server, search domain or cache accepts from clients (Azure SQL servers and
 * managed instances, PostgreSQL and MySQL servers, Azure Cache for Redis, OpenSearch and Elasticsearch domains).
 *
 * @param minimumVersion the minimum version, as the service names it ({@code 1.2}, {@code TLS1_2}, {@code TLSv1.2},
 *                       the versions a MySQL server allows, a security policy such as
 *                       {@code Policy-Min-TLS-1-2-2019-07}, or a value that turns the minimum off); unknown where it
 *                       is not read or not known before deployment
 */
public record TlsFloor(Resource resource, Located<String> minimumVersion) implements CloudModel {
  private static final Set<String> MODERN = Set.of("1.2", "1.3");
  private static final Pattern POLICY = Pattern.compile("POLICY-MIN-TLS-(\\d)-(\\d)(-.*)?");

  public TlsFloor {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(minimumVersion, "minimumVersion");
  }

  /** The minimum that {@code setting} states, when it is written; nothing is assessed otherwise. */
  public static Optional<TlsFloor> written(Resource resource, Optional<MapEntry> setting) {
    return setting.map(entry -> new TlsFloor(resource, Located.text(entry)));
  }

  /** The minimum that {@code key} of {@code resource} sets, or the default {@code whenMissing} at its header. */
  public static TlsFloor of(Resource resource, String key, String whenMissing) {
    return new TlsFloor(resource, resource.attribute(key).map(Located::text)
        .orElseGet(() -> Located.byDefault(whenMissing, key, resource.range())));
  }

  /**
   * Whether {@code version} keeps out TLS older than 1.2: a version ({@code 1.2}, {@code TLS1_2}, {@code TLSv1.2}) of
   * 1.2 or later, a comma-separated list of such versions (MySQL's {@code tls_version}), or a security policy whose
   * minimum is one ({@code Policy-Min-TLS-1-2-PFS-2023-10}); a value that disables the minimum does not.
   */
  public static boolean modern(String version) {
    return Arrays.stream(version.split(",")).map(TlsFloor::number).allMatch(MODERN::contains);
  }

  /**
   * {@code 1.2} for {@code 1.2}, {@code TLS1_2}, {@code TLS_1_2}, {@code TLSv1.2} and {@code Policy-Min-TLS-1-2-...};
   * anything else as written.
   */
  private static String number(String version) {
    String text = version.strip().toUpperCase(Locale.ROOT);
    Matcher policy = POLICY.matcher(text);
    if (policy.matches()) {
      return policy.group(1) + "." + policy.group(2);
    }
    if (text.startsWith("TLS")) {
      text = text.substring(3);
      text = text.startsWith("V") || text.startsWith("_") ? text.substring(1) : text;
    }
    return text.replace('_', '.');
  }
}
