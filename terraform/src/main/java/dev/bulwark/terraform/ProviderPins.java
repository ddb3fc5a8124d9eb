package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import dev.bulwark.terraform.models.ProviderVersions;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads what selects provider releases for a root module: the entries of its dependency lock file
 * ({@code .terraform.lock.hcl}), and the version constraints of the root and the local modules it calls, in
 * {@code required_providers} (an object with {@code source} and {@code version}, or a version string; a block in
 * native syntax, an object in JSON syntax) and in the {@code version} of a {@code provider} block (before Terraform
 * 0.13). Values that are not literal strings are skipped.
 */
final class ProviderPins {
  /** The name of the dependency lock file in a root module's folder. */
  static final String LOCK_FILE = ".terraform.lock.hcl";
  private static final String REQUIRED_PROVIDERS = "required_providers";

  private ProviderPins() {}

  static ProviderVersions of(Optional<ParsedFile> lockFile, Collection<ModuleDefinition> modules) {
    ProviderVersions.Builder versions = ProviderVersions.builder();
    lockFile.ifPresent(file -> file.body().blocks().stream()
        .filter(block -> block.type().name().equals("provider") && block.labels().size() == 1)
        .forEach(block -> literal(block.body(), "version").ifPresent(version ->
            versions.locked(block.labels().get(0).value(), version.text(), version.range()))));
    for (ModuleDefinition module : modules) {
      for (Body.Block settings : module.settings()) {
        settings.body().blocks().stream()
            .filter(block -> block.type().name().equals(REQUIRED_PROVIDERS))
            .flatMap(block -> block.body().attributes().stream())
            .forEach(requirement -> required(requirement.name().name(), requirement.value(), requirement.range(),
                versions));
        settings.body().attribute(REQUIRED_PROVIDERS)
            .filter(attribute -> attribute.value() instanceof Expression.ObjectCons)
            .ifPresent(attribute -> ((Expression.ObjectCons) attribute.value()).items().forEach(item ->
                key(item).ifPresent(name -> required(name, item.value(), item.range(), versions))));
      }
      module.providers().forEach(provider -> literal(provider.body(), "version").ifPresent(version ->
          versions.required(provider.labels().get(0).value(), version.text(), version.range())));
    }
    return versions.build();
  }

  /** A requirement {@code name = requirement}, written at {@code range}. */
  private static void required(String name, Expression requirement, Range range,
      ProviderVersions.Builder versions) {
    if (requirement instanceof Expression.ObjectCons object) {
      Optional<Located> version = item(object, "version");
      if (version.isPresent()) {
        versions.required(item(object, "source").map(Located::text).orElse(name), version.get().text(),
            version.get().range());
      }
    } else {
      text(requirement).ifPresent(version -> versions.required(name, version, range));
    }
  }

  /** A literal string, and the attribute or object item that writes it. */
  private record Located(String text, Range range) {}

  private static Optional<Located> literal(Body body, String name) {
    return body.attribute(name)
        .flatMap(attribute -> text(attribute.value()).map(text -> new Located(text, attribute.range())));
  }

  private static Optional<Located> item(Expression.ObjectCons object, String name) {
    return object.items().stream()
        .filter(item -> key(item).filter(name::equals).isPresent())
        .findFirst()
        .flatMap(item -> text(item.value()).map(text -> new Located(text, item.range())));
  }

  /** An object key: a bare name in native syntax, a string in either. */
  private static Optional<String> key(Expression.ObjectItem item) {
    return item.key() instanceof Expression.Variable bare ? Optional.of(bare.name()) : text(item.key());
  }

  private static Optional<String> text(Expression expression) {
    return expression instanceof Expression.Template template ? template.literal() : Optional.empty();
  }
}
