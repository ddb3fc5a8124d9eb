package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references between a plan's resources, read from its {@code configuration}: each top-level argument's
 * {@code references} ({@code aws_s3_bucket.logs.id}) joins every instance of the resource that writes it to the
 * instances of the resource it names in the same module instance, the one with the same key when both have keys
 * ({@code aws_s3_bucket.logs[count.index]}). A value known only after apply, such as a new bucket's id, can then
 * still be traced to what it belongs to.
 *
 * @see PlannedResource
 */
final class PlanReferences {
  private static final Pattern RESOURCE = Pattern.compile("((?:data\\.)?[A-Za-z][\\w-]*\\.[A-Za-z_][\\w-]*)"
      + "(?:\\.|\\[|$)");

  private static final Set<String> SCOPES = Set.of("var", "local", "module", "each", "count", "self", "path",
      "terraform");

  private final Map<String, List<PlannedResource>> byConfigAddress = new LinkedHashMap<>();
  private final List<Reference> references = new ArrayList<>();

  private PlanReferences(List<PlannedResource> resources) {
    for (PlannedResource resource : resources) {
      byConfigAddress.computeIfAbsent(resource.configAddress(), key -> new ArrayList<>()).add(resource);
    }
  }

  /** The references of {@code resources}, read from the root module of the plan's {@code configuration}. */
  static List<Reference> of(Optional<DocNode.Mapping> configuration, List<PlannedResource> resources) {
    PlanReferences found = new PlanReferences(resources);
    configuration.ifPresent(root -> found.module(root, ""));
    return found.references;
  }

  private void module(DocNode.Mapping module, String path) {
    PlanJson.mappings(module.get("resources")).forEach(resource -> resource(resource, path));
    module.get("module_calls").flatMap(DocNode::asMapping).ifPresent(calls -> calls.entries().forEach(call ->
        call.value().asMapping().flatMap(body -> body.get("module")).flatMap(DocNode::asMapping)
            .ifPresent(child -> module(child, path + "module." + call.keyText() + "."))));
  }

  private void resource(DocNode.Mapping resource, String path) {
    Optional<String> address = PlanJson.text(resource.get("address"));
    Optional<DocNode.Mapping> expressions = resource.get("expressions").flatMap(DocNode::asMapping);
    if (address.isEmpty() || expressions.isEmpty()) {
      return;
    }
    List<PlannedResource> sources = byConfigAddress.getOrDefault(path + address.get(), List.of());
    for (DocNode.Entry argument : expressions.get().entries()) {
      String attribute = argument.keyText();
      List<String> named = argument.value().asMapping()
          .map(expression -> PlanJson.items(expression.get("references")).stream()
              .flatMap(reference -> reference.asScalar().map(DocNode.Scalar::text).stream()).toList())
          .orElse(List.of());
      Set<String> targets = new LinkedHashSet<>();
      for (String reference : named) {
        Matcher target = RESOURCE.matcher(reference);
        if (target.lookingAt() && !isScope(target.group(1))) {
          targets.add(path + target.group(1));
        }
      }
      targets.forEach(target -> sources.forEach(source -> link(source, attribute, target)));
    }
  }

  /** {@code var.x}, {@code local.y}, {@code module.m}, {@code each.key}, {@code count.index}, {@code self.id}. */
  private static boolean isScope(String name) {
    return SCOPES.contains(name.substring(0, name.indexOf('.')));
  }

  private void link(PlannedResource source, String attribute, String targetAddress) {
    List<PlannedResource> targets = byConfigAddress.getOrDefault(targetAddress, List.of()).stream()
        .filter(target -> target.module().equals(source.module()) && !target.equals(source))
        .toList();
    List<PlannedResource> sameKey = targets.stream().filter(target -> target.key().equals(source.key())).toList();
    Resource from = source.resource();
    Range at = from.attribute(attribute).map(entry -> entry.value().range()).orElse(from.range());
    for (PlannedResource target : source.key().isEmpty() || sameKey.isEmpty() ? targets : sameKey) {
      references.add(new Reference(from.id(), target.resource().id(), attribute, at));
    }
  }
}
