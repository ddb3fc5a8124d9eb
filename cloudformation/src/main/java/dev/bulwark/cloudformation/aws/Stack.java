package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a template creates, as the mappings read it: the graph of its resources, and what their {@code Condition}s
 * say. A resource whose condition is false is not created and not in the graph, but the references it would make
 * are kept, so that a missing companion resource (a flow log, a logging configuration) can say which condition
 * leaves it out.
 *
 * @param graph                the resources the template creates, and their references
 * @param conditions           the condition of each resource whose {@code Condition} is undecided or false
 * @param notCreated           the resources whose condition is false
 * @param notCreatedReferences the references those would make
 */
public record Stack(ResourceGraph graph, Map<ResourceId, ResourceCondition> conditions, List<Resource> notCreated,
    List<Reference> notCreatedReferences) {

  public Stack {
    conditions = Map.copyOf(conditions);
    notCreated = List.copyOf(notCreated);
    notCreatedReferences = List.copyOf(notCreatedReferences);
  }

  /** The condition {@code resource} is created under, when that is undecided or false. */
  Optional<ResourceCondition> condition(Resource resource) {
    return Optional.ofNullable(conditions.get(resource.id()));
  }

  /**
   * The resources of native type {@code type} that are not created but would refer to {@code target} from their
   * attribute {@code attribute}, ordered by address.
   */
  List<Resource> notCreatedReferrers(Resource target, String type, String attribute) {
    return notCreated.stream()
        .filter(resource -> resource.type().equals(type))
        .filter(resource -> notCreatedReferences.stream().anyMatch(reference -> reference.from().equals(resource.id())
            && reference.to().equals(target.id()) && reference.attribute().equals(attribute)))
        .sorted(Comparator.comparing(Resource::id))
        .toList();
  }
}
