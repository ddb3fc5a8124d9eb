package dev.bulwark.core.document;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Converts SnakeYAML nodes to {@link DocNode}s, expanding aliases within the scan's limits. */
final class YamlConverter {
  private static final String STANDARD_TAG = Tag.PREFIX;

  private final PositionMapper positions;
  private final int maxDepth;
  private final int maxNodes;
  private int nodes;

  YamlConverter(PositionMapper positions, ScanSettings settings) {
    this.positions = positions;
    this.maxDepth = settings.maxNestingDepth();
    this.maxNodes = settings.maxAliasExpansion();
  }

  /** Thrown when a document nests too deeply or expands to too many nodes. */
  static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Range range;

    LimitExceeded(String message, Range range) {
      super(message, null, false, false);
      this.range = range;
    }

    Range range() {
      return range;
    }
  }

  DocNode convert(Node root) {
    nodes = 0;
    return convert(root, 0);
  }

  private DocNode convert(Node node, int depth) {
    Range range = range(node);
    if (++nodes > maxNodes) {
      throw new LimitExceeded("the document expands to more than " + maxNodes
          + " nodes (YAML aliases); it was not read", range);
    }
    if (depth > maxDepth) {
      throw new LimitExceeded("the document nests deeper than " + maxDepth + " levels; it was not read", range);
    }
    Optional<String> tag = localTag(node.getTag());
    if (node instanceof ScalarNode scalar) {
      return new DocNode.Scalar(scalar.getValue(), kind(scalar), tag, range);
    }
    if (node instanceof SequenceNode sequence) {
      List<DocNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item, depth + 1));
      }
      return new DocNode.Sequence(items, tag, range);
    }
    MappingNode mapping = (MappingNode) node;
    List<DocNode.Entry> entries = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      entries.add(new DocNode.Entry(convert(tuple.getKeyNode(), depth + 1), convert(tuple.getValueNode(), depth + 1)));
    }
    return new DocNode.Mapping(entries, tag, range);
  }

  private Range range(Node node) {
    int start = positions.offsetOfCodePoint(node.getStartMark().getLine(), node.getStartMark().getColumn());
    int end = positions.offsetOfCodePoint(node.getEndMark().getLine(), node.getEndMark().getColumn());
    return positions.range(start, end);
  }

  private static Optional<String> localTag(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(STANDARD_TAG) ? Optional.empty() : Optional.of(value);
  }

  private static DocNode.Kind kind(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    if (Tag.INT.equals(tag)) {
      return DocNode.Kind.INTEGER;
    }
    if (Tag.FLOAT.equals(tag)) {
      return DocNode.Kind.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return DocNode.Kind.BOOLEAN;
    }
    if (Tag.NULL.equals(tag)) {
      return DocNode.Kind.NULL;
    }
    return DocNode.Kind.STRING;
  }
}
