package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider releases a root module runs with, by provider type ({@code aws}): the release its dependency lock
 * file selects, else the newest release that the version constraints of its modules allow together, which is the
 * one {@code terraform init} installs. Mappings read it where a provider changed a default between releases; with
 * nothing written, the latest release's defaults apply.
 */
public final class ProviderVersions {
  /** Nothing selects a release: the latest defaults of every provider apply. */
  public static final ProviderVersions LATEST = new ProviderVersions(Map.of(), Map.of());

  private final Map<String, Pin> locked;
  private final Map<String, List<Pin>> required;

  /** A release or a constraint on releases, with the text and place it is written. */
  private record Pin(VersionConstraint constraint, String text, Range range) {}

  private ProviderVersions(Map<String, Pin> locked, Map<String, List<Pin>> required) {
    this.locked = Map.copyOf(locked);
    this.required = Map.copyOf(required);
  }

  /** A builder to add what the configuration writes about provider releases to. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects lock file entries and version constraints. */
  public static final class Builder {
    private final Map<String, Pin> locked = new HashMap<>();
    private final Map<String, List<Pin>> required = new HashMap<>();

    private Builder() {}

    /**
     * The release {@code version} that the lock file selects for the provider at {@code address} (e.g.
     * {@code registry.terraform.io/hashicorp/aws}), written at {@code range}; ignored when it is not a release.
     */
    public Builder locked(String address, String version, Range range) {
      VersionConstraint.parse(version).filter(constraint -> constraint.upper().isPresent())
          .ifPresent(release -> locked.put(type(address), new Pin(release, version, range)));
      return this;
    }

    /**
     * A version {@code constraint} on the provider {@code provider} (a type, or a source address whose last part
     * is its type), written at {@code range}; ignored when it is not a constraint.
     */
    public Builder required(String provider, String constraint, Range range) {
      VersionConstraint.parse(constraint).ifPresent(parsed -> required
          .computeIfAbsent(type(provider), type -> new ArrayList<>()).add(new Pin(parsed, constraint, range)));
      return this;
    }

    /** What was added. */
    public ProviderVersions build() {
      return new ProviderVersions(locked, required);
    }

    private static String type(String address) {
      return address.substring(address.lastIndexOf('/') + 1);
    }
  }

  /**
   * Where the configuration holds {@code provider} to releases before {@code major}.0.0, for a default that differs
   * there: a related location saying so and what follows ({@code consequence}, e.g. "`publicly_accessible`
   * defaults to true"). Empty when the release used may be {@code major} or later.
   */
  Optional<RelatedLocation> before(String provider, int major, String consequence) {
    Pin lock = locked.get(provider);
    if (lock != null) {
      return lock.constraint().onlyBefore(major)
          ? Optional.of(new RelatedLocation(lock.range(), "the dependency lock file selects release " + lock.text()
              + " of provider `" + provider + "`, in which " + consequence))
          : Optional.empty();
    }
    return required.getOrDefault(provider, List.of()).stream()
        .filter(pin -> pin.constraint().onlyBefore(major))
        .findFirst()
        .map(pin -> new RelatedLocation(pin.range(), "version constraint `" + pin.text() + "` selects a release of "
            + "provider `" + provider + "` before " + major + ".0, in which " + consequence));
  }
}
