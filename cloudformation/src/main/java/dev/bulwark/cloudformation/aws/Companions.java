package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Truth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a resource has a companion resource of its own, such as the flow log of a VPC or the logging configuration
 * that names a web ACL or a firewall: true at the first of {@code type} whose {@code property} refers to it; unknown
 * when none does but one of the template names something not known before deployment that is not one of its
 * resources (a parameter without a value, an import), which may be this one; else false at the resource's logical ID,
 * as the companion is a resource of its own, not a property. A companion that names a known identifier (a literal
 * {@code vpc-0abc...}, a parameter's default) is another resource's, since this one's is known only once created.
 *
 * <p>A companion with a {@code Condition} that cannot be decided is there only when that condition is true, an
 * undecided choice; one whose condition is false is not created. Either way the fact of a missing companion says
 * under which conditions it is missing, with the companion and its condition as related locations.
 */
final class Companions {
  private Companions() {}

  static Fact presence(Resource target, Stack stack, String type, String property) {
    List<Resource> companions = stack.graph().referrers(target, type, property);
    for (Resource companion : companions) {
      if (stack.condition(companion).isEmpty()) {
        return Fact.known(true, type, companion.range(), List.of());
      }
    }
    Fact fact = absent(target, stack, type, property, companions);
    for (int i = companions.size() - 1; i >= 0; i--) {
      Resource companion = companions.get(i);
      ResourceCondition condition = stack.condition(companion).orElseThrow();
      fact = new Fact(Truth.UNKNOWN, type, companion.declaration(), false, List.of(), "", List.of(
          Fact.known(true, type, companion.range(), List.of()).under(condition.is(true)),
          fact.under(condition.is(false))));
    }
    return fact;
  }

  /**
   * The fact when none of the {@code conditional} companions (created under an undecided condition) is there, nor
   * any that a false condition leaves out.
   */
  private static Fact absent(Resource target, Stack stack, String type, String property,
      List<Resource> conditional) {
    ResourceGraph graph = stack.graph();
    boolean elsewhere = graph.ofType(type).stream()
        .anyMatch(companion -> graph.referencesFrom(companion).stream()
            .noneMatch(reference -> reference.attribute().equals(property))
            && companion.attribute(property).filter(entry -> entry.value().isKnown()).isEmpty());
    if (elsewhere) {
      return Fact.unknown(type, target.range(), List.of());
    }
    Set<RelatedLocation> origin = new LinkedHashSet<>();
    conditional.forEach(companion -> origin.add(createdOnlyWhen(companion, stack)));
    Set<String> conditions = new LinkedHashSet<>();
    for (Resource companion : stack.notCreatedReferrers(target, type, property)) {
      ResourceCondition condition = stack.condition(companion).orElseThrow();
      origin.add(createdOnlyWhen(companion, stack));
      origin.add(new RelatedLocation(condition.definition(), condition.is(false)));
      conditions.add(condition.is(false));
    }
    return Fact.byDefault(false, type, target.declaration(), List.copyOf(origin))
        .under(String.join(" and ", conditions));
  }

  private static RelatedLocation createdOnlyWhen(Resource companion, Stack stack) {
    return new RelatedLocation(companion.declaration(),
        "`" + companion.address() + "` is created only when " + stack.condition(companion).orElseThrow().is(true));
  }
}
