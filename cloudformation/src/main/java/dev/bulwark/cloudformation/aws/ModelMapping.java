package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import java.util.List;
import java.util.Set;

/** Maps CloudFormation resources of some types to a shared model; the properties' defaults live here. */
interface ModelMapping {
  /** The resource types this mapping reads, e.g. {@code AWS::RDS::DBInstance}. */
  Set<String> types();

  /**
   * Whether {@code resource}, one of {@link #types()}, has what the model describes in its template's {@code stack}
   * (a private hosted zone has no query logging, say); by default it does.
   */
  default boolean applies(Resource resource, Stack stack) {
    return true;
  }

  /** The models of {@code resource}, one of {@link #types()}, in its template's {@code stack}. */
  List<CloudModel> map(Resource resource, Stack stack);
}
