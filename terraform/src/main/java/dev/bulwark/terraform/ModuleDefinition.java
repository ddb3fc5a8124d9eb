package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.terraform.hcl.Body;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What one module folder declares, read from its {@code .tf} files: variables, locals, outputs, module calls,
 * resources and data sources, and providers. A name declared twice keeps its first declaration, except that a
 * resource or module call declared again is kept too, as {@code type.name#2} or {@code module.name#2}, so that its
 * settings are still checked. Such a folder is invalid Terraform, typically alternative examples side by side, one a
 * file: a reference from a file that declares the address itself resolves to that file's declaration, any other to
 * the first. Immutable once read; shared by all instances of the module in a unit.
 *
 * @param folder      the folder relative to the scan's base directory ({@code ""} for the base directory itself)
 * @param directory   the folder on disk
 * @param settings    the {@code terraform} blocks
 * @param redeclared  for each address declared in more than one file ({@code aws_s3_bucket.b}, {@code module.m}),
 *                    the address each file's first declaration of it is kept under
 */
record ModuleDefinition(
    String folder,
    Path directory,
    Map<String, Body.Block> variables,
    Map<String, Body.Attribute> locals,
    Map<String, Body.Block> outputs,
    Map<String, Body.Block> moduleCalls,
    List<ResourceBlock> resources,
    List<Body.Block> providers,
    List<Body.Block> settings,
    Map<String, Map<String, String>> redeclared) {

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

    /**
     * This block as a later declaration of an address already {@code taken}: named {@code name#2} (or #3, ...), a
     * name no expression can write, so that it is still checked; see {@link ModuleDefinition#resolve}.
     */
    ResourceBlock redeclared(Set<String> taken) {
      String prefix = (data ? "data." : "") + type + ".";
      String free = nextFree(prefix + name, taken).substring(prefix.length());
      return new ResourceBlock(data, type, free, block, shape);
    }
  }

  /**
   * The declarations of {@code files}; each one whose name is already declared goes to {@code duplicate}, with
   * its address ({@code var.x}, {@code aws_s3_bucket.b}) and its header.
   */
  static ModuleDefinition of(String folder, Path directory, List<ParsedFile> files,
      BiConsumer<String, Range> duplicate) {
    Map<String, Body.Block> variables = new LinkedHashMap<>();
    Map<String, Body.Attribute> locals = new LinkedHashMap<>();
    Map<String, Body.Block> outputs = new LinkedHashMap<>();
    Map<String, Body.Block> moduleCalls = new LinkedHashMap<>();
    Map<String, ResourceBlock> resources = new LinkedHashMap<>();
    List<Body.Block> providers = new ArrayList<>();
    List<Body.Block> settings = new ArrayList<>();
    for (ParsedFile file : files) {
      for (Body.Block block : file.body().blocks()) {
        List<String> labels = block.labels().stream().map(Body.Label::value).toList();
        switch (block.type().name()) {
          case "variable" -> single(labels).ifPresent(name -> first(variables, name, block, "var.", duplicate));
          case "output" -> single(labels).ifPresent(name -> first(outputs, name, block, "output.", duplicate));
          case "module" -> single(labels).ifPresent(name -> {
            if (moduleCalls.putIfAbsent(name, block) != null) {
              duplicate.accept("module." + name, block.header());
              moduleCalls.put(nextFree(name, moduleCalls.keySet()), block);
            }
          });
          case "locals" -> block.body().attributes().forEach(local -> {
            if (locals.putIfAbsent(local.name().name(), local) != null) {
              duplicate.accept("local." + local.name().name(), local.name().range());
            }
          });
          case "resource", "data" -> {
            if (labels.size() == 2) {
              ResourceBlock resource = new ResourceBlock(block.type().name().equals("data"), labels.get(0),
                  labels.get(1), block, Bodies.shape(block.body(), Bodies.RESOURCE_META));
              if (resources.putIfAbsent(resource.address(), resource) != null) {
                duplicate.accept(resource.address(), block.header());
                ResourceBlock again = resource.redeclared(resources.keySet());
                resources.put(again.address(), again);
              }
            }
          }
          case "provider" -> {
            if (labels.size() == 1) {
              providers.add(block);
            }
          }
          case "terraform" -> settings.add(block);
          default -> {
            // moved, import, removed, check: nothing to evaluate
          }
        }
      }
    }
    Map<String, String> declaredIn = new LinkedHashMap<>();
    resources.forEach((address, resource) -> declaredIn.put(address, resource.block().header().file()));
    moduleCalls.forEach((name, call) -> declaredIn.put("module." + name, call.header().file()));
    return new ModuleDefinition(folder, directory, variables, locals, outputs, moduleCalls,
        List.copyOf(resources.values()), providers, settings, redeclarations(declaredIn));
  }

  /**
   * The address a reference to {@code address} (e.g. {@code aws_s3_bucket.b} or {@code module.m}) made in
   * {@code file} resolves to: the file's own declaration where the address is declared more than once, else
   * {@code address} itself.
   */
  String resolve(String address, String file) {
    Map<String, String> files = redeclared.get(address);
    return files == null ? address : files.getOrDefault(file, address);
  }

  /**
   * From the file of each kept address, in declaration order ({@code aws_s3_bucket.b}, then
   * {@code aws_s3_bucket.b#2}): for each address declared in more than one file, the address each file's first
   * declaration of it is kept under.
   */
  private static Map<String, Map<String, String>> redeclarations(Map<String, String> declaredIn) {
    Map<String, Map<String, String>> byAddress = new HashMap<>();
    declaredIn.forEach((kept, file) -> byAddress
        .computeIfAbsent(kept.contains("#") ? kept.substring(0, kept.indexOf('#')) : kept, key -> new HashMap<>())
        .putIfAbsent(file, kept));
    Map<String, Map<String, String>> redeclared = new HashMap<>();
    byAddress.forEach((address, byFile) -> {
      if (byFile.size() > 1) {
        redeclared.put(address, Map.copyOf(byFile));
      }
    });
    return Map.copyOf(redeclared);
  }

  /** {@code name#2}, or #3, ...: the first such name not {@code taken}; no expression can refer to it. */
  private static String nextFree(String name, Set<String> taken) {
    int ordinal = 2;
    while (taken.contains(name + "#" + ordinal)) {
      ordinal++;
    }
    return name + "#" + ordinal;
  }

  private static void first(Map<String, Body.Block> declared, String name, Body.Block block, String prefix,
      BiConsumer<String, Range> duplicate) {
    if (declared.putIfAbsent(name, block) != null) {
      duplicate.accept(prefix + name, block.header());
    }
  }

  private static Optional<String> single(List<String> labels) {
    return labels.size() == 1 ? Optional.of(labels.get(0)) : Optional.empty();
  }
}
