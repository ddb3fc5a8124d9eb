package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.terraform.eval.Relocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the root module beside a plan calls each module: the header of its {@code module "name"} block, read from
 * the configuration files of the plan's folder (a file that cannot be read or parsed is its own unit's to report).
 * A resource of a registry or git module is reported there, at the code that configures it and that a code-scanning
 * UI can show, with its planned value as a related location.
 */
final class PlanCallSites {
  private final Map<String, Range> headers = new HashMap<>();
  private final List<SourceText> sources = new ArrayList<>();

  private PlanCallSites() {}

  static PlanCallSites of(List<SourceFile> configuration, ScanSettings settings) {
    PlanCallSites sites = new PlanCallSites();
    for (SourceFile file : configuration) {
      try {
        SourceText source = file.read();
        TerraformFiles.parse(source, settings).body().ifPresent(body -> {
          sites.sources.add(source);
          body.blocks().stream().filter(block -> block.type().name().equals("module") && block.labels().size() == 1)
              .forEach(call -> sites.headers.putIfAbsent(call.labels().get(0).value(), call.header()));
        });
      } catch (IOException e) {
        // the configuration's own unit reports the file
      }
    }
    return sites;
  }

  /** The configuration files read, for the excerpts of findings placed in them. */
  List<SourceText> sources() {
    return List.copyOf(sources);
  }

  /**
   * {@code planned} placed at the call of its top-level module when that call is found, every value moved there
   * with its place in the plan as the first hop of its origin; else as it is.
   */
  Resource place(PlannedResource planned) {
    Resource resource = planned.resource();
    String path = planned.modulePath();
    if (!path.startsWith("module.")) {
      return resource;
    }
    int end = path.indexOf('.', "module.".length());
    Optional<Range> header = Optional.ofNullable(headers.get(path.substring("module.".length(),
        end < 0 ? path.length() : end)));
    return header.map(at -> new Resource(resource.id(), resource.format(), resource.kind(), resource.type(), at, at,
        (MapValue) Relocation.settle(resource.attributes(), at, range -> false))).orElse(resource);
  }
}
