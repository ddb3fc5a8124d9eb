package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.terraform.hcl.Body;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Terraform's override files ({@code override.tf}, {@code *_override.tf}, and their {@code .tf.json} forms): loaded
 * after the other files of a module, in name order, each of their blocks is merged into the block of the same type
 * and labels. An argument replaces the argument of that name, and nested blocks replace every nested block of their
 * type (blocks written as a JSON array of objects included), as Terraform merges them; a local replaces the local of
 * that name. Ranges stay where each item is written, so a finding on an overridden argument points into the override
 * file.
 */
final class Overrides {
  private Overrides() {}

  /** Whether Terraform reads the file {@code name} as an override file. */
  static boolean isOverride(String name) {
    String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    return base.equals("override.tf") || base.endsWith("_override.tf");
  }

  /**
   * The files of one module with their override files merged in: the other files, each block replaced by its
   * merged form. A block (or local) that overrides nothing is kept as written, and goes to {@code orphan} with its
   * address and where it is written, except a provider without an alias, which Terraform accepts; a
   * {@code terraform} block is not read.
   */
  static List<ParsedFile> apply(List<ParsedFile> files, BiConsumer<String, Range> orphan) {
    List<ParsedFile> overrides = files.stream().filter(file -> isOverride(file.name()))
        .sorted(Comparator.comparing(ParsedFile::name)).toList();
    if (overrides.isEmpty()) {
      return files;
    }
    List<ParsedFile> bases = files.stream().filter(file -> !isOverride(file.name())).toList();
    Map<String, Body.Block> merged = new LinkedHashMap<>();
    Map<String, Body.Attribute> locals = new HashMap<>();
    Map<Body.Attribute, Body.Attribute> overriddenLocals = new HashMap<>();
    for (ParsedFile base : bases) {
      for (Body.Block block : base.body().blocks()) {
        if (block.type().name().equals("locals")) {
          block.body().attributes().forEach(local -> locals.putIfAbsent(local.name().name(), local));
        } else {
          merged.putIfAbsent(key(block), block);
        }
      }
    }
    List<ParsedFile> result = new ArrayList<>(bases);
    List<ParsedFile> orphans = new ArrayList<>();
    for (ParsedFile override : overrides) {
      List<Body.Item> unmatched = new ArrayList<>();
      for (Body.Block block : override.body().blocks()) {
        if (block.type().name().equals("locals")) {
          List<Body.Item> newLocals = new ArrayList<>();
          for (Body.Attribute local : block.body().attributes()) {
            Body.Attribute original = locals.get(local.name().name());
            if (original != null) {
              overriddenLocals.put(original, local);
            } else {
              orphan.accept("local." + local.name().name(), local.name().range());
              newLocals.add(local);
            }
          }
          if (!newLocals.isEmpty()) {
            unmatched.add(new Body.Block(block.type(), block.labels(), new Body(newLocals, block.body().range()),
                block.header(), block.range()));
          }
        } else if (merged.containsKey(key(block))) {
          merged.put(key(block), merge(merged.get(key(block)), block));
        } else if (isDefaultProvider(block)) {
          unmatched.add(block);
        } else if (!block.type().name().equals("terraform")) {
          orphan.accept(key(block), block.header());
          unmatched.add(block);
        }
      }
      if (!unmatched.isEmpty()) {
        orphans.add(new ParsedFile(override.source(), new Body(unmatched, override.body().range())));
      }
    }
    result.replaceAll(file -> rewrite(file, merged, overriddenLocals));
    result.addAll(orphans);
    return result;
  }

  /** A provider block without an alias: Terraform lets it override the empty configuration a missing one stands for. */
  private static boolean isDefaultProvider(Body.Block block) {
    return block.type().name().equals("provider") && block.body().attribute("alias").isEmpty();
  }

  private static String key(Body.Block block) {
    return block.type().name() + block.labels().stream().map(label -> " " + label.value()).reduce("", String::concat);
  }

  /** {@code base} with the items of {@code override}: each name it writes replaces every item of that name. */
  private static Body.Block merge(Body.Block base, Body.Block override) {
    Map<String, List<Body.Item>> replacements = Bodies.shape(override.body(), Set.of());
    Set<String> replaced = new HashSet<>();
    List<Body.Item> items = new ArrayList<>();
    for (Body.Item item : base.body().items()) {
      String name = Bodies.name(item);
      List<Body.Item> replacement = replacements.get(name);
      if (replacement == null) {
        items.add(item);
      } else if (replaced.add(name)) {
        items.addAll(replacement);
      }
    }
    replacements.forEach((name, added) -> {
      if (!replaced.contains(name)) {
        items.addAll(added);
      }
    });
    return new Body.Block(base.type(), base.labels(), new Body(items, base.body().range()), base.header(),
        base.range());
  }

  private static ParsedFile rewrite(ParsedFile file, Map<String, Body.Block> merged,
      Map<Body.Attribute, Body.Attribute> overriddenLocals) {
    List<Body.Item> items = new ArrayList<>();
    for (Body.Item item : file.body().items()) {
      if (item instanceof Body.Block block && block.type().name().equals("locals")) {
        items.add(new Body.Block(block.type(), block.labels(), new Body(block.body().items().stream()
            .map(local -> local instanceof Body.Attribute attribute
                ? overriddenLocals.getOrDefault(attribute, attribute) : local)
            .toList(), block.body().range()), block.header(), block.range()));
      } else if (item instanceof Body.Block block && merged.containsKey(key(block))
          && merged.get(key(block)).header().equals(block.header())) {
        items.add(merged.get(key(block)));
      } else {
        items.add(item);
      }
    }
    return new ParsedFile(file.source(), new Body(items, file.body().range()));
  }
}
