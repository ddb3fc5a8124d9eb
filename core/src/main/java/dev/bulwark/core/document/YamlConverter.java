package dev.bulwark.core.document;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Converts SnakeYAML nodes to {@link DocNode}s, expanding aliases and {@code <<} merge keys within the scan's limits.
 * Merge keys are applied here rather than by SnakeYAML's composer, whose merging never ends on a mapping that merges
 * itself: a mapping's own keys come first (the first of a repeated key wins), then each merged mapping's keys it does
 * not have yet, in the order the merge key lists them.
 */
final class YamlConverter {
  private static final String STANDARD_TAG = Tag.PREFIX;

  private final PositionMapper positions;
  private final int maxDepth;
  private final int maxNodes;
  private final Set<MappingNode> merging = Collections.newSetFromMap(new IdentityHashMap<>());
  private int nodes;

  YamlConverter(PositionMapper positions, ScanSettings settings) {
    this.positions = positions;
    this.maxDepth = settings.maxNestingDepth();
    this.maxNodes = settings.maxAliasExpansion();
  }

  /**
   * Thrown when a document cannot be read: it nests too deeply or expands to too many nodes ({@code limit-exceeded}),
   * or a merge key merges something other than mappings, or a mapping into itself ({@code parse-error}).
   */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient Range range;

    Rejected(String code, String message, Range range) {
      super(message, null, false, false);
      this.code = code;
      this.range = range;
    }

    String code() {
      return code;
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
      throw new Rejected("limit-exceeded", "the document expands to more than " + maxNodes
          + " nodes (YAML aliases); it was not read", range);
    }
    if (depth > maxDepth) {
      throw new Rejected("limit-exceeded", "the document nests deeper than " + maxDepth + " levels; it was not read",
          range);
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
    return new DocNode.Mapping(entries((MappingNode) node, depth, range), tag, range);
  }

  private List<DocNode.Entry> entries(MappingNode mapping, int depth, Range range) {
    if (mapping.getValue().stream().noneMatch(YamlConverter::isMerge)) {
      List<DocNode.Entry> entries = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        entries.add(entry(tuple, depth));
      }
      return entries;
    }
    if (!merging.add(mapping)) {
      throw new Rejected("parse-error", "invalid YAML: a mapping merges itself (`<<`)", range);
    }
    try {
      Set<String> keys = new HashSet<>();
      List<DocNode.Entry> entries = new ArrayList<>();
      List<MappingNode> sources = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (isMerge(tuple)) {
          sources.addAll(sources(tuple.getValueNode()));
        } else {
          add(entry(tuple, depth), keys, entries);
        }
      }
      for (MappingNode source : sources) {
        for (DocNode.Entry entry : entries(source, depth, range(source))) {
          add(entry, keys, entries);
        }
      }
      return entries;
    } finally {
      merging.remove(mapping);
    }
  }

  private DocNode.Entry entry(NodeTuple tuple, int depth) {
    return new DocNode.Entry(convert(tuple.getKeyNode(), depth + 1), convert(tuple.getValueNode(), depth + 1));
  }

  /** Adds {@code entry} unless a scalar key of the same text is already there. */
  private static void add(DocNode.Entry entry, Set<String> keys, List<DocNode.Entry> entries) {
    if (!(entry.key() instanceof DocNode.Scalar key) || keys.add(key.text())) {
      entries.add(entry);
    }
  }

  private static boolean isMerge(NodeTuple tuple) {
    return Tag.MERGE.equals(tuple.getKeyNode().getTag());
  }

  /** The mappings a merge key's value names: one mapping, or a sequence of mappings. */
  private List<MappingNode> sources(Node value) {
    List<Node> nodes = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
    List<MappingNode> sources = new ArrayList<>();
    for (Node source : nodes) {
      if (!(source instanceof MappingNode mapping)) {
        throw new Rejected("parse-error", "invalid YAML: a merge key (`<<`) takes a mapping or a list of mappings",
            range(source));
      }
      sources.add(mapping);
    }
    return sources;
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
