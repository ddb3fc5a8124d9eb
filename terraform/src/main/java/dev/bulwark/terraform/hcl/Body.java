package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A body: the items of a file or of a block, in source order.
 *
 * @param items attributes and blocks
 * @param range the whole body (for a file, the whole file; for a block, between its braces)
 */
public record Body(List<Item> items, Range range) implements Node {
  public Body {
    items = List.copyOf(items);
  }

  /** An item of a body. */
  public sealed interface Item extends Node permits Attribute, Block {}

  /**
   * {@code name = value}.
   *
   * @param range from the name's start to the value's end
   */
  public record Attribute(Identifier name, Expression value, Range range) implements Item {}

  /**
   * {@code type "label" label { body }}, also in its one-line form.
   *
   * @param header from the type's start to the last label's end (the type alone when there is no label)
   * @param range  from the type's start to the closing brace's end
   */
  public record Block(Identifier type, List<Label> labels, Body body, Range header, Range range) implements Item {
    public Block {
      labels = List.copyOf(labels);
    }
  }

  /** An identifier with its range. */
  public record Identifier(String name, Range range) implements Node {}

  /**
   * A block label: a quoted string (escape sequences decoded, quotes excluded from {@code value} but included in
   * {@code range}) or a bare identifier.
   */
  public record Label(String value, boolean quoted, Range range) implements Node {}

  /** The attributes of this body, in order. */
  public List<Attribute> attributes() {
    List<Attribute> attributes = new ArrayList<>(items.size());
    for (Item item : items) {
      if (item instanceof Attribute attribute) {
        attributes.add(attribute);
      }
    }
    return attributes;
  }

  /** The blocks of this body, in order. */
  public List<Block> blocks() {
    List<Block> blocks = new ArrayList<>(items.size());
    for (Item item : items) {
      if (item instanceof Block block) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  /** The attribute named {@code name}, if present (the first, if there are several). */
  public Optional<Attribute> attribute(String name) {
    for (Item item : items) {
      if (item instanceof Attribute attribute && attribute.name().name().equals(name)) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }
}
