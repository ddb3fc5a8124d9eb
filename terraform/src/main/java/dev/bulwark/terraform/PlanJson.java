package dev.bulwark.terraform;

import dev.bulwark.core.document.DocNode;
import java.util.List;
import java.util.Optional;

/** Reads the parts of a plan's JSON by their expected shape; a part of another shape reads as absent. */
final class PlanJson {
  private PlanJson() {}

  /** The objects of an array; none for anything else. */
  static List<DocNode.Mapping> mappings(Optional<DocNode> node) {
    return items(node).stream().flatMap(item -> item.asMapping().stream()).toList();
  }

  /** The items of an array; none for anything else. */
  static List<DocNode> items(Optional<DocNode> node) {
    return node.flatMap(DocNode::asSequence).map(DocNode.Sequence::items).orElse(List.of());
  }

  /** A scalar's text. */
  static Optional<String> text(Optional<DocNode> node) {
    return node.flatMap(DocNode::asScalar).map(DocNode.Scalar::text);
  }
}
