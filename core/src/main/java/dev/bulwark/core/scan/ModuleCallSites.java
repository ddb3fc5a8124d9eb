package dev.bulwark.core.scan;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the module a resource belongs to is called: for {@code module.site.module.bucket.aws_s3_bucket.this}, the
 * calls {@code module.site} and {@code module.site.module.bucket} of the same unit, outermost first (for an instance
 * of a call with {@code count} or {@code for_each}, such as {@code module.site[0]}, the instance's node, else the
 * call's). A finding inside a
 * module's own files lists those in other files, so that the reader sees which call made the resource (and where
 * an input would change it) when several calls share the module.
 */
final class ModuleCallSites {
  private final ResourceGraph graph;

  ModuleCallSites(ResourceGraph graph) {
    this.graph = graph;
  }

  List<RelatedLocation> of(Resource resource) {
    List<RelatedLocation> calls = new ArrayList<>();
    String address = resource.address();
    for (int dot = address.indexOf('.'); dot >= 0; dot = address.indexOf('.', dot + 1)) {
      String prefix = address.substring(0, dot);
      String call = prefix.endsWith("]") && prefix.lastIndexOf('[') > 0
          ? prefix.substring(0, prefix.lastIndexOf('[')) : prefix;
      call(resource, prefix).or(() -> call(resource, call))
          .ifPresent(node -> calls.add(new RelatedLocation(node.declaration(), "`" + prefix + "` is called here")));
    }
    return calls;
  }

  /** The module call node of {@code resource}'s unit at {@code address}: an instance ({@code module.x[0]}), or not. */
  private Optional<Resource> call(Resource resource, String address) {
    return graph.resource(new ResourceId(resource.id().unit(), address))
        .filter(node -> node.kind() == ResourceKind.MODULE_CALL);
  }
}
