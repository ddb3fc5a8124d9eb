package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.Value;
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
 * The references between a plan's resources, read from its {@code configuration}: each argument's
 * {@code references} ({@code aws_s3_bucket.logs.id}), in nested blocks too, joins every instance of the resource
 * that writes it to the instances of the resource it names in the same module instance, the one with the same key
 * when both have keys ({@code aws_s3_bucket.logs[count.index]}). A reference is named by the argument's path, as in
 * configuration ({@code logging.target_bucket}, whichever block of its type it is in), and located at the
 * argument's planned value, else at the resource. A value known only after apply, such as a new bucket's id, can
 * then still be traced to what it belongs to.
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
    List<Argument> arguments = new ArrayList<>();
    arguments(expressions.get(), "", List.of(), arguments);
    for (Argument argument : arguments) {
      Set<String> targets = new LinkedHashSet<>();
      for (DocNode reference : PlanJson.items(argument.expression().get("references"))) {
        Matcher target = RESOURCE.matcher(reference.asScalar().map(DocNode.Scalar::text).orElse(""));
        if (target.lookingAt() && !isScope(target.group(1))) {
          targets.add(path + target.group(1));
        }
      }
      targets.forEach(target -> sources.forEach(source -> link(source, argument, target)));
    }
  }

  /**
   * Adds the arguments of {@code block} (the resource's own expressions, or a nested block's) to {@code into}, and
   * those of the blocks nested in it: a block is a list of objects, or one object, of expressions.
   */
  private static void arguments(DocNode.Mapping block, String prefix, List<Object> steps, List<Argument> into) {
    for (DocNode.Entry entry : block.entries()) {
      String path = prefix + entry.keyText();
      List<Object> at = append(steps, entry.keyText());
      Optional<DocNode.Mapping> object = entry.value().asMapping();
      if (object.filter(PlanReferences::isExpression).isPresent()) {
        into.add(new Argument(path, at, object.get()));
      } else if (object.isPresent()) {
        arguments(object.get(), path + ".", at, into);
      } else {
        List<DocNode> items = PlanJson.items(Optional.of(entry.value()));
        for (int index = 0; index < items.size(); index++) {
          List<Object> item = append(at, index);
          items.get(index).asMapping().ifPresent(nested -> arguments(nested, path + ".", item, into));
        }
      }
    }
  }

  /**
   * Whether {@code object} is an expression (a list of {@code references}, or only a {@code constant_value}) rather
   * than a block, whose attributes may have those names but are expressions, not a list.
   */
  private static boolean isExpression(DocNode.Mapping object) {
    Optional<DocNode> references = object.get("references");
    return references.isPresent() ? references.get().asSequence().isPresent()
        : object.get("constant_value").isPresent() && object.entries().size() == 1;
  }

  private static List<Object> append(List<Object> steps, Object step) {
    List<Object> longer = new ArrayList<>(steps);
    longer.add(step);
    return longer;
  }

  /** {@code var.x}, {@code local.y}, {@code module.m}, {@code each.key}, {@code count.index}, {@code self.id}. */
  private static boolean isScope(String name) {
    return SCOPES.contains(name.substring(0, name.indexOf('.')));
  }

  private void link(PlannedResource source, Argument argument, String targetAddress) {
    List<PlannedResource> targets = byConfigAddress.getOrDefault(targetAddress, List.of()).stream()
        .filter(target -> target.module().equals(source.module()) && !target.equals(source))
        .toList();
    List<PlannedResource> sameKey = targets.stream().filter(target -> target.key().equals(source.key())).toList();
    Resource from = source.resource();
    Range at = planned(from.attributes(), argument.steps()).map(Value::range).orElse(from.range());
    for (PlannedResource target : source.key().isEmpty() || sameKey.isEmpty() ? targets : sameKey) {
      references.add(new Reference(from.id(), target.resource().id(), argument.path(), at));
    }
  }

  /** The planned value at {@code steps} (attribute names, and indexes into lists of blocks), if it is there. */
  private static Optional<Value> planned(Value value, List<Object> steps) {
    Optional<Value> found = Optional.of(value);
    for (Object step : steps) {
      found = found.flatMap(current -> step instanceof Integer index
          ? current.asList().filter(items -> index < items.size()).map(items -> items.get(index))
          : current.asMap().flatMap(map -> map.get((String) step)));
    }
    return found;
  }

  /**
   * An argument of the resource's configuration, at any depth of nested blocks.
   *
   * @param path       its path as the configuration's references name it ({@code logging.target_bucket})
   * @param steps      the attribute names and block indexes that lead to it in the planned values
   * @param expression its expression, with its {@code references}
   */
  private record Argument(String path, List<Object> steps, DocNode.Mapping expression) {}
}
