package dev.bulwark.core.document;

import dev.bulwark.core.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A node of a located data document (YAML or JSON): a scalar, a sequence or a mapping, with its exact range and,
 * for YAML, the explicit local tag it was written with ({@code !Ref}, {@code !unsafe}, {@code !vault}). Aliases are
 * expanded and {@code <<} merge keys applied, so every consumer sees plain trees.
 */
public sealed interface DocNode {
  /** The node's range: for a mapping or sequence, from its first to its last character. */
  Range range();

  /** The explicit local tag, e.g. {@code !GetAtt}; empty for untagged nodes and standard tags. */
  Optional<String> tag();

  /** This node, if it is a mapping. */
  default Optional<Mapping> asMapping() {
    return this instanceof Mapping mapping ? Optional.of(mapping) : Optional.empty();
  }

  /** This node, if it is a sequence. */
  default Optional<Sequence> asSequence() {
    return this instanceof Sequence sequence ? Optional.of(sequence) : Optional.empty();
  }

  /** This node, if it is a scalar. */
  default Optional<Scalar> asScalar() {
    return this instanceof Scalar scalar ? Optional.of(scalar) : Optional.empty();
  }

  /** How a scalar resolved (YAML 1.1 rules, as Ansible and CloudFormation read YAML; JSON token types). */
  enum Kind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  /** A scalar: its text as written (unquoted, escapes decoded) and how it resolved. */
  record Scalar(String text, Kind kind, Optional<String> tag, Range range) implements DocNode {
    /** The number an integer or float stands for; empty for other kinds and for one out of range. */
    public Optional<BigDecimal> number() {
      if (kind != Kind.INTEGER && kind != Kind.FLOAT) {
        return Optional.empty();
      }
      try {
        return Optional.of(new BigDecimal(text));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** A sequence. */
  record Sequence(List<DocNode> items, Optional<String> tag, Range range) implements DocNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A mapping; entries in source order, duplicates kept (the consumer decides). */
  record Mapping(List<Entry> entries, Optional<String> tag, Range range) implements DocNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The last entry whose key is the scalar {@code key}, as YAML and JSON readers resolve duplicates. */
    public Optional<Entry> entry(String key) {
      Optional<Entry> found = Optional.empty();
      for (Entry entry : entries) {
        if (entry.key() instanceof Scalar scalar && scalar.text().equals(key)) {
          found = Optional.of(entry);
        }
      }
      return found;
    }

    /** The value of {@link #entry(String)}. */
    public Optional<DocNode> get(String key) {
      return entry(key).map(Entry::value);
    }
  }

  /** A mapping entry. */
  record Entry(DocNode key, DocNode value) {
    /** The key's text; {@code ""} for a key that is not a scalar (a JSON key always is). */
    public String keyText() {
      return key.asScalar().map(Scalar::text).orElse("");
    }
  }
}
