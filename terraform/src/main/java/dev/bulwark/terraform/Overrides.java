package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Terraform's override files ({@code override.tf}, {@code *_override.tf}, their {@code .tf.json} forms, and
 * OpenTofu's {@code .tofu} and {@code .tofu.json} ones): loaded
 * after the other files of a module, in name order, each of their blocks is merged into the block of the same type
 * and labels (a provider's alias included). An argument replaces the argument of that name, and nested blocks replace
 * every nested block of their type (blocks written as a JSON array of objects included), as Terraform merges them; a
 * local replaces the local of that name. Ranges stay where each item is written, so a finding on an overridden
 * argument points into the override file.
 */
final class Overrides {
  /** The first declaration of each block in the other files, merged with what overrides it so far. */
  private final Map<String, Body.Block> merged = new HashMap<>();
  /** The first declaration of each local in the other files. */
  private final Map<String, Body.Attribute> locals = new HashMap<>();
  private final Map<Body.Attribute, Body.Attribute> overriddenLocals = new HashMap<>();
  private final BiConsumer<String, Range> orphan;

  private Overrides(BiConsumer<String, Range> orphan) {
    this.orphan = orphan;
  }

  /** Whether Terraform reads the file {@code name} as an override file. */
  static boolean isOverride(String name) {
    String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    return base.equals("override.tf") || base.endsWith("_override.tf") || base.equals("override.tofu")
        || base.endsWith("_override.tofu");
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
    Overrides merger = new Overrides(orphan);
    bases.forEach(merger::base);
    List<ParsedFile> unmatched = overrides.stream().map(merger::override).filter(file -> !file.body().items().isEmpty())
        .toList();
    List<ParsedFile> result = new ArrayList<>(bases.stream().map(merger::rewrite).toList());
    result.addAll(unmatched);
    return result;
  }

  private void base(ParsedFile file) {
    for (Body.Block block : file.body().blocks()) {
      if (isLocals(block)) {
        block.body().attributes().forEach(local -> locals.putIfAbsent(local.name().name(), local));
      } else {
        merged.putIfAbsent(key(block), block);
      }
    }
  }

  /** Merges the blocks of {@code file}; returns it with only the blocks (and locals) that override nothing. */
  private ParsedFile override(ParsedFile file) {
    List<Body.Item> unmatched = new ArrayList<>();
    for (Body.Block block : file.body().blocks()) {
      if (isLocals(block)) {
        List<Body.Item> added = block.body().attributes().stream().filter(local -> !overrideLocal(local))
            .map(Body.Item.class::cast).toList();
        if (!added.isEmpty()) {
          unmatched.add(withItems(block, added));
        }
      } else if (merged.containsKey(key(block))) {
        merged.put(key(block), merge(merged.get(key(block)), block));
      } else if (!block.type().name().equals("terraform")) {
        if (!isDefaultProvider(block)) {
          orphan.accept(key(block), block.header());
        }
        unmatched.add(block);
      }
    }
    return new ParsedFile(file.source(), new Body(unmatched, file.body().range()));
  }

  /** Whether {@code local} replaces a local of the other files; if not, it goes to {@link #orphan}. */
  private boolean overrideLocal(Body.Attribute local) {
    Body.Attribute original = locals.get(local.name().name());
    if (original == null) {
      orphan.accept("local." + local.name().name(), local.name().range());
      return false;
    }
    overriddenLocals.put(original, local);
    return true;
  }

  /** {@code base} with the items of {@code override}: each name it writes replaces every item of that name. */
  private static Body.Block merge(Body.Block base, Body.Block override) {
    Map<String, List<Body.Item>> replacements = Bodies.shape(override.body(), Set.of());
    Set<String> replaced = new HashSet<>();
    List<Body.Item> items = new ArrayList<>();
    for (Body.Item item : base.body().items()) {
      List<Body.Item> replacement = replacements.get(Bodies.name(item));
      if (replacement == null) {
        items.add(item);
      } else if (replaced.add(Bodies.name(item))) {
        items.addAll(replacement);
      }
    }
    replacements.forEach((name, added) -> {
      if (!replaced.contains(name)) {
        items.addAll(added);
      }
    });
    return withItems(base, items);
  }

  /** {@code file} with each block that was overridden in its merged form. */
  private ParsedFile rewrite(ParsedFile file) {
    List<Body.Item> items = new ArrayList<>();
    for (Body.Item item : file.body().items()) {
      if (item instanceof Body.Block block && isLocals(block)) {
        items.add(withItems(block, block.body().items().stream()
            .map(local -> local instanceof Body.Attribute attribute
                ? overriddenLocals.getOrDefault(attribute, attribute) : local)
            .toList()));
      } else if (item instanceof Body.Block block && merged.containsKey(key(block))
          && merged.get(key(block)).header().equals(block.header())) {
        items.add(merged.get(key(block)));
      } else {
        items.add(item);
      }
    }
    return new ParsedFile(file.source(), new Body(items, file.body().range()));
  }

  private static Body.Block withItems(Body.Block block, List<Body.Item> items) {
    return new Body.Block(block.type(), block.labels(), new Body(items, block.body().range()), block.header(),
        block.range());
  }

  private static boolean isLocals(Body.Block block) {
    return block.type().name().equals("locals");
  }

  /** A provider without an alias: Terraform lets it override the empty configuration a missing one stands for. */
  private static boolean isDefaultProvider(Body.Block block) {
    return block.type().name().equals("provider") && block.body().attribute("alias").isEmpty();
  }

  /** The block's type and labels, and for a provider its literal alias. */
  private static String key(Body.Block block) {
    StringBuilder key = new StringBuilder(block.type().name());
    block.labels().forEach(label -> key.append(' ').append(label.value()));
    if (block.type().name().equals("provider")) {
      block.body().attribute("alias").map(Body.Attribute::value)
          .filter(Expression.Template.class::isInstance)
          .flatMap(alias -> ((Expression.Template) alias).literal())
          .ifPresent(alias -> key.append('.').append(alias));
    }
    return key.toString();
  }
}
