package dev.bulwark.terraform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module block's {@code source}: a local path ({@code ./...}, {@code ../...}), a registry address
 * ({@code terraform-aws-modules/rds/aws}), or another remote source (git, HTTP, S3, ...). Only local paths are
 * loaded; a GitHub source of one of the {@code terraform-aws-modules} is known by its registry address.
 */
record ModuleSource(Kind kind, String text, Optional<String> registryAddress) {
  /** Where a module comes from. */
  enum Kind {
    LOCAL,
    REGISTRY,
    REMOTE
  }

  private static final Pattern REGISTRY = Pattern.compile(
      "(?:[a-z0-9.-]+\\.[a-z]{2,}/)?([A-Za-z0-9][A-Za-z0-9_-]*)/([A-Za-z0-9][A-Za-z0-9_-]*)/([A-Za-z0-9]+)(//[^?]*)?");
  private static final Pattern AWS_MODULES_ON_GITHUB = Pattern.compile(
      "(?:git::)?(?:https://|ssh://git@|git@)?github\\.com[:/]terraform-aws-modules/terraform-aws-([a-z0-9-]+?)"
          + "(?:\\.git)?(//[^?]*)?(?:\\?.*)?");

  static ModuleSource parse(String source) {
    String text = source.trim();
    if (text.startsWith("./") || text.startsWith("../") || text.equals(".") || text.equals("..")) {
      return new ModuleSource(Kind.LOCAL, text, Optional.empty());
    }
    Matcher registry = REGISTRY.matcher(text);
    if (registry.matches()) {
      return new ModuleSource(Kind.REGISTRY, text, Optional.of(address(registry.group(1), registry.group(2),
          registry.group(3), registry.group(4))));
    }
    Matcher github = AWS_MODULES_ON_GITHUB.matcher(text);
    if (github.matches()) {
      return new ModuleSource(Kind.REMOTE, text,
          Optional.of(address("terraform-aws-modules", github.group(1), "aws", github.group(2))));
    }
    return new ModuleSource(Kind.REMOTE, text, Optional.empty());
  }

  private static String address(String namespace, String name, String provider, String subdirectory) {
    String base = (namespace + "/" + name + "/" + provider).toLowerCase(Locale.ROOT);
    return subdirectory == null || subdirectory.equals("//") ? base : base + subdirectory;
  }

  /** Whether the module is loaded from the scanned tree. */
  boolean isLocal() {
    return kind == Kind.LOCAL;
  }
}
