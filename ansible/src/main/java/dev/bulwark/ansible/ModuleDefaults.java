package dev.bulwark.ansible;

import dev.bulwark.ansible.jinja.Jinja;
import dev.bulwark.core.document.DocNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code module_defaults} in force for a task: those of its play, role, blocks and itself, outermost first.
 * For each, defaults for the module's action group ({@code group/aws}, {@code group/azure}, {@code group/gcp})
 * come before defaults for the module itself, which win. A {@code module_defaults} that is a template is a
 * source of its own, which makes the arguments opaque unless it evaluates to a mapping.
 */
record ModuleDefaults(List<DocNode> scopes) {
  private static final Map<String, Set<String>> GROUPS = Map.of(
      "amazon.aws", Set.of("aws", "amazon.aws.aws", "community.aws.aws"),
      "community.aws", Set.of("aws", "amazon.aws.aws", "community.aws.aws"),
      "azure.azcollection", Set.of("azure", "azure.azcollection.azure"),
      "google.cloud", Set.of("gcp", "google.cloud.gcp"));

  ModuleDefaults {
    scopes = List.copyOf(scopes);
  }

  static ModuleDefaults none() {
    return new ModuleDefaults(List.of());
  }

  /** These defaults with an inner scope's {@code module_defaults} added. */
  ModuleDefaults with(DocNode inner) {
    List<DocNode> more = new ArrayList<>(scopes);
    more.add(inner);
    return new ModuleDefaults(more);
  }

  /** The argument sources the defaults give module {@code module} (fully qualified), lowest priority first. */
  List<DocNode> sourcesFor(String module, ModuleCatalog catalog) {
    Set<String> groups = GROUPS.getOrDefault(ModuleCatalog.collection(module), Set.of());
    List<DocNode> sources = new ArrayList<>();
    for (DocNode scope : scopes) {
      if (scope instanceof DocNode.Scalar scalar && Jinja.isTemplate(scalar.text())) {
        sources.add(scope);
        continue;
      }
      List<DocNode.Entry> entries = entries(scope);
      for (DocNode.Entry entry : entries) {
        String key = ((DocNode.Scalar) entry.key()).text();
        if (key.startsWith("group/") && groups.contains(key.substring("group/".length()))) {
          sources.add(entry.value());
        }
      }
      for (DocNode.Entry entry : entries) {
        String key = ((DocNode.Scalar) entry.key()).text();
        if (!key.startsWith("group/") && catalog.resolve(key).filter(module::equals).isPresent()) {
          sources.add(entry.value());
        }
      }
    }
    return sources;
  }

  /** The entries of a {@code module_defaults} value: a mapping, or a list of mappings. */
  private static List<DocNode.Entry> entries(DocNode scope) {
    List<DocNode> mappings = scope instanceof DocNode.Sequence sequence ? sequence.items() : List.of(scope);
    return mappings.stream()
        .filter(DocNode.Mapping.class::isInstance)
        .flatMap(mapping -> ((DocNode.Mapping) mapping).entries().stream())
        .filter(entry -> entry.key() instanceof DocNode.Scalar)
        .toList();
  }
}
