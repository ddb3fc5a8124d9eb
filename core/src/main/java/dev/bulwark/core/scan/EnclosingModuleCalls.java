package dev.bulwark.core.scan;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The module calls a resource was made through, innermost first: for {@code module.app["a.b"].module.db[0].x.y},
 * the calls {@code module.app["a.b"].module.db[0]} and {@code module.app["a.b"]} of its unit. A suppression aimed at
 * a call covers what the call makes.
 */
final class EnclosingModuleCalls {
  private static final String MODULE = "module";

  private EnclosingModuleCalls() {}

  static List<Resource> of(Resource resource, ResourceGraph graph) {
    List<String> segments = segments(resource.address());
    List<Resource> calls = new ArrayList<>();
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i + 2 < segments.size(); i++) {
      prefix.append(i == 0 ? "" : ".").append(segments.get(i));
      if (segments.get(i).equals(MODULE)) {
        String call = prefix + "." + segments.get(i + 1);
        graph.resource(new ResourceId(resource.id().unit(), call))
            .filter(found -> found.kind() == ResourceKind.MODULE_CALL)
            .ifPresent(found -> calls.add(0, found));
      }
    }
    return calls;
  }

  /** The address split at the dots outside brackets and quoted keys. */
  private static List<String> segments(String address) {
    List<String> segments = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '.' && depth == 0) {
        segments.add(address.substring(start, i));
        start = i + 1;
      }
    }
    segments.add(address.substring(start));
    return segments;
  }
}
