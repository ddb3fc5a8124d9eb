package dev.bulwark.terraform;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the references between the declarations of one module: every traversal such as
 * {@code aws_s3_bucket.logs.id}, {@code var.name}, {@code local.tags}, {@code module.db.endpoint} or
 * {@code data.aws_iam_policy_document.p.json} that names a declaration of the module becomes an edge, tagged with
 * the attribute path it was written in. Names bound by {@code for} expressions and directives are not references.
 */
final class ReferenceFinder {
  private final List<Declaration> declarations;
  private final Map<String, ResourceId> byAddress = new HashMap<>();

  ReferenceFinder(List<Declaration> declarations) {
    this.declarations = declarations;
    declarations.forEach(d -> byAddress.putIfAbsent(d.resource().address(), d.resource().id()));
  }

  List<Reference> find() {
    List<Reference> references = new ArrayList<>();
    for (Declaration declaration : declarations) {
      ResourceId from = declaration.resource().id();
      visitBody(declaration.body(), "", (path, traversal) ->
          target(traversal).ifPresent(to -> references.add(new Reference(from, to, path, traversal.range()))));
    }
    return references;
  }

  private void visitBody(Body body, String prefix, TraversalSink sink) {
    for (Body.Item item : body.items()) {
      if (item instanceof Body.Attribute attribute) {
        String path = prefix + attribute.name().name();
        Traversals.visit(attribute.value(), Set.of(), traversal -> sink.accept(path, traversal));
      } else if (item instanceof Body.Block block) {
        visitBody(block.body(), prefix + nestedName(block) + ".", sink);
      }
    }
  }

  private static String nestedName(Body.Block block) {
    return block.type().name().equals("dynamic") && block.labels().size() == 1
        ? block.labels().get(0).value()
        : block.type().name();
  }

  private Optional<ResourceId> target(Traversals.Traversal traversal) {
    List<String> steps = traversal.steps();
    String root = traversal.root();
    String address = switch (root) {
      case "var", "local", "module" -> steps.isEmpty() ? null : root + "." + steps.get(0);
      case "data" -> steps.size() < 2 ? null : "data." + steps.get(0) + "." + steps.get(1);
      case "each", "count", "self", "path", "terraform" -> null;
      default -> steps.isEmpty() ? null : root + "." + steps.get(0);
    };
    return Optional.ofNullable(address == null ? null : byAddress.get(address));
  }

  @FunctionalInterface
  private interface TraversalSink {
    void accept(String path, Traversals.Traversal traversal);
  }

}
