package dev.bulwark.terraform;

import dev.bulwark.core.document.DocNode;
import java.util.List;
import java.util.Optional;

/** Reads the parts of a plan's JSON by their expected shape; a part of another shape reads as absent. */
final class PlanJson {
  private PlanJson() {}

  static Optional<DocNode.Mapping> mapping(Optional<DocNode> node) {
    return node.filter(DocNode.Mapping.class::isInstance).map(DocNode.Mapping.class::cast);
  }

  static Optional<DocNode.Mapping> mapping(DocNode node) {
    return mapping(Optional.of(node));
  }

  /** The root module of the plan's {@code configuration}. */
  static Optional<DocNode.Mapping> configuration(DocNode.Mapping plan) {
    return mapping(plan.get("configuration")).flatMap(configuration -> mapping(configuration.get("root_module")));
  }

  /** The items of an array; none for anything else. */
  static List<DocNode> items(Optional<DocNode> node) {
    return node.filter(DocNode.Sequence.class::isInstance).map(items -> ((DocNode.Sequence) items).items())
        .orElse(List.of());
  }

  /** A scalar's text. */
  static Optional<String> text(Optional<DocNode> node) {
    return node.filter(DocNode.Scalar.class::isInstance).map(scalar -> ((DocNode.Scalar) scalar).text());
  }

  /** The text of an entry's key (a JSON key is always a string). */
  static String key(DocNode.Entry entry) {
    return ((DocNode.Scalar) entry.key()).text();
  }
}
