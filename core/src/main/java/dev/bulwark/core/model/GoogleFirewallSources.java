package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.List;
import java.util.Optional;

/**
 * The sources of a Google Cloud VPC firewall's ingress rules, as the Compute API applies them: an ingress firewall
 * that sets no {@code source_ranges}, {@code source_tags} or {@code source_service_accounts} (each missing, null or
 * an empty list) admits {@code 0.0.0.0/0}. The Terraform provider and the Ansible module send what is written, so
 * the API's default applies to both.
 */
public final class GoogleFirewallSources {
  /** The attributes that name an ingress firewall's sources, in Terraform and in Ansible alike. */
  private static final List<String> SOURCE_KEYS = List.of("source_ranges", "source_tags", "source_service_accounts");

  private GoogleFirewallSources() {}

  /**
   * {@code declared}, the sources read from {@code source_ranges} of {@code firewall}; or, when the firewall sets
   * no source at all, the API's default {@code 0.0.0.0/0}, located at {@code header}.
   */
  public static List<Located<String>> ingress(MapValue firewall, List<Located<String>> declared, Range header) {
    return SOURCE_KEYS.stream().allMatch(key -> isUnset(firewall.entry(key)))
        ? List.of(Located.byDefault("0.0.0.0/0", SOURCE_KEYS.get(0), header))
        : declared;
  }

  private static boolean isUnset(Optional<MapEntry> entry) {
    return entry.isEmpty() || entry.get().value() instanceof NullValue
        || entry.get().value().asList().filter(List::isEmpty).isPresent();
  }
}
