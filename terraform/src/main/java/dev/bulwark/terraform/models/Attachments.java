package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which resources of one type attach to which targets through one attribute, computed once per unit in one pass
 * over the attached resources: an attached resource attaches to the targets its attribute refers to
 * ({@code bucket = aws_s3_bucket.logs.id}), or else to the targets whose name attribute has the literal value it
 * gives ({@code bucket = "my-logs"} and {@code bucket = "my-logs"} on the bucket). One whose attribute is unknown and
 * refers to no resource at all could attach to any target: then the unit is {@link #ambiguous()}; but one that reads
 * a managed resource the unit does not declare ({@code vpc_id = aws_vpc.elsewhere.id}) attaches to none of the
 * unit's targets, each of which has an address of its own. (A data source or a module output may well stand for one
 * of them.)
 */
final class Attachments {
  private static final Set<ResourceKind> RESOURCES = Set.of(ResourceKind.MANAGED, ResourceKind.DATA,
      ResourceKind.MODULE_CALL);
  private static final Pattern RESOURCE_READ = Pattern.compile("[a-z][a-z0-9]*_[a-z0-9_]*\\.[A-Za-z_][\\w-]*");

  private final Map<ResourceId, List<Resource>> byTarget = new HashMap<>();
  private final Map<ResourceId, List<Resource>> byAttached = new HashMap<>();
  private boolean ambiguous;

  /**
   * @param type          the type of the attached resources, e.g. {@code aws_s3_bucket_logging}
   * @param attribute     their attribute that names the target, e.g. {@code bucket}
   * @param targetTypes   the types of the targets, e.g. {@code aws_s3_bucket}
   * @param nameAttribute the targets' attribute a literal value may name them by, if any, e.g. {@code bucket}
   */
  static Attachments of(Module module, String type, String attribute, Set<String> targetTypes,
      Optional<String> nameAttribute) {
    Attachments attachments = new Attachments();
    Map<String, List<Resource>> byName = new HashMap<>();
    nameAttribute.ifPresent(name -> targetTypes.forEach(targetType -> module.ofType(targetType).forEach(target ->
        target.attributes().get(name).flatMap(Value::asString).ifPresent(literal ->
            byName.computeIfAbsent(literal, key -> new ArrayList<>()).add(target)))));
    for (Resource attached : module.ofType(type)) {
      List<Reference> references = module.referencesFrom(attached).stream()
          .filter(reference -> reference.attribute().equals(attribute)).toList();
      List<Resource> targets = references.stream()
          .flatMap(reference -> module.resource(reference.to()).stream())
          .filter(target -> targetTypes.contains(target.type()))
          .distinct().toList();
      Optional<Value> value = attached.attributes().get(attribute);
      if (targets.isEmpty() && value.isPresent()) {
        Optional<String> literal = value.get().asString();
        if (literal.isPresent()) {
          targets = byName.getOrDefault(literal.get(), List.of());
        } else if (!value.get().isKnown() && !readsByAddress(value.get()) && references.stream()
            .noneMatch(reference -> module.resource(reference.to()).map(r -> RESOURCES.contains(r.kind()))
                .orElse(false))) {
          attachments.ambiguous = true;
        }
      }
      for (Resource target : targets) {
        attachments.byTarget.computeIfAbsent(target.id(), id -> new ArrayList<>()).add(attached);
        attachments.byAttached.computeIfAbsent(attached.id(), id -> new ArrayList<>()).add(target);
      }
    }
    return attachments;
  }

  /**
   * Whether {@code value} is an expression that reads a managed resource by its address ({@code aws_vpc.main.id}):
   * one that made no reference names a resource the unit does not declare.
   */
  private static boolean readsByAddress(Value value) {
    return value instanceof UnknownValue unknown && RESOURCE_READ.matcher(unknown.expression()).lookingAt();
  }

  /** The resources attached to {@code target}, in the order of the graph. */
  List<Resource> to(Resource target) {
    return byTarget.getOrDefault(target.id(), List.of());
  }

  /** Whether {@code attached} attaches to some target. */
  boolean isAttached(Resource attached) {
    return byAttached.containsKey(attached.id());
  }

  /**
   * Whether a resource attaches to {@code target}, as a fact about {@code attribute}: true at the first attached
   * resource; else unknown at the target's header when the unit is {@link #ambiguous()}, false there by default.
   */
  Fact presence(Resource target, String attribute) {
    List<Resource> attached = to(target);
    if (!attached.isEmpty()) {
      return Fact.known(true, attribute, attached.get(0).range(), List.of());
    }
    return ambiguous
        ? Fact.unknown(attribute, target.range(), List.of())
        : Fact.byDefault(false, attribute, target.range());
  }

  /**
   * Whether some attached resource could attach to any target, so that a target without one is not known to lack
   * it.
   */
  boolean ambiguous() {
    return ambiguous;
  }
}
