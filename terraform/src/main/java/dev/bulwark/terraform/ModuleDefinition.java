package dev.bulwark.terraform;

import dev.bulwark.terraform.hcl.Body;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one module folder declares, read from its {@code .tf} files: variables, locals, outputs, module calls,
 * resources and data sources, and providers. A name declared twice keeps its first declaration (the scanner reports
 * the duplicate resource). Immutable once read; shared by all instances of the module in a unit.
 *
 * @param folder    the folder relative to the scan's base directory ({@code ""} for the base directory itself)
 * @param directory the folder on disk
 */
record ModuleDefinition(
    String folder,
    Path directory,
    Map<String, Body.Block> variables,
    Map<String, Body.Attribute> locals,
    Map<String, Body.Block> outputs,
    Map<String, Body.Block> moduleCalls,
    List<ResourceBlock> resources,
    List<Body.Block> providers) {

  /**
   * A {@code resource} or {@code data} block.
   *
   * @param shape its attributes and nested blocks by name, meta-arguments left out
   */
  record ResourceBlock(boolean data, String type, String name, Body.Block block,
      Map<String, List<Body.Item>> shape) {
    /** {@code type.name}, or {@code data.type.name}. */
    String address() {
      return (data ? "data." : "") + type + "." + name;
    }
  }

  static ModuleDefinition of(String folder, Path directory, List<ParsedFile> files) {
    Map<String, Body.Block> variables = new LinkedHashMap<>();
    Map<String, Body.Attribute> locals = new LinkedHashMap<>();
    Map<String, Body.Block> outputs = new LinkedHashMap<>();
    Map<String, Body.Block> moduleCalls = new LinkedHashMap<>();
    Map<String, ResourceBlock> resources = new LinkedHashMap<>();
    List<Body.Block> providers = new ArrayList<>();
    for (ParsedFile file : files) {
      for (Body.Block block : file.body().blocks()) {
        List<String> labels = block.labels().stream().map(Body.Label::value).toList();
        switch (block.type().name()) {
          case "variable" -> single(labels).ifPresent(name -> variables.putIfAbsent(name, block));
          case "output" -> single(labels).ifPresent(name -> outputs.putIfAbsent(name, block));
          case "module" -> single(labels).ifPresent(name -> moduleCalls.putIfAbsent(name, block));
          case "locals" -> block.body().attributes().forEach(local -> locals.putIfAbsent(local.name().name(), local));
          case "resource", "data" -> {
            if (labels.size() == 2) {
              ResourceBlock resource = new ResourceBlock(block.type().name().equals("data"), labels.get(0),
                  labels.get(1), block, Bodies.shape(block.body(), Bodies.RESOURCE_META));
              resources.putIfAbsent(resource.address(), resource);
            }
          }
          case "provider" -> {
            if (labels.size() == 1) {
              providers.add(block);
            }
          }
          default -> {
            // terraform, moved, import, removed, check: nothing to evaluate
          }
        }
      }
    }
    return new ModuleDefinition(folder, directory, variables, locals, outputs, moduleCalls,
        List.copyOf(resources.values()), providers);
  }

  private static Optional<String> single(List<String> labels) {
    return labels.size() == 1 ? Optional.of(labels.get(0)) : Optional.empty();
  }
}
