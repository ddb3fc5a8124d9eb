package dev.bulwark.cloudformation;

import dev.bulwark.core.document.DocNode;
import java.util.Optional;

/**
 * An intrinsic function call in either form: the short-form tag ({@code !Ref X}, {@code !GetAtt A.B}) or the long
 * form, a mapping with the single key {@code Ref}, {@code Condition} (only where a condition is expected) or
 * {@code Fn::...}.
 *
 * @param function the long-form name, e.g. {@code Ref}, {@code Fn::If}
 * @param argument the argument, untagged
 * @param node     the whole call, for its range
 */
record Call(String function, DocNode argument, DocNode node) {

  /** The call {@code node} is, if any; {@code conditionContext} also accepts a bare {@code Condition} mapping. */
  static Optional<Call> of(DocNode node, boolean conditionContext) {
    Optional<String> tag = node.tag();
    if (tag.isPresent()) {
      return Optional.of(new Call(longName(tag.get()), untagged(node), node));
    }
    if (node instanceof DocNode.Mapping mapping && mapping.entries().size() == 1
        && mapping.entries().get(0).key() instanceof DocNode.Scalar key) {
      String name = key.text();
      boolean intrinsic = name.equals("Ref") || name.startsWith("Fn::")
          || (conditionContext && name.equals("Condition"));
      if (intrinsic) {
        return Optional.of(new Call(name, mapping.entries().get(0).value(), node));
      }
    }
    return Optional.empty();
  }

  private static String longName(String tag) {
    String name = tag.startsWith("!") ? tag.substring(1) : tag;
    return name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
  }

  private static DocNode untagged(DocNode node) {
    if (node instanceof DocNode.Scalar scalar) {
      return new DocNode.Scalar(scalar.text(), scalar.kind(), Optional.empty(), scalar.range());
    }
    if (node instanceof DocNode.Sequence sequence) {
      return new DocNode.Sequence(sequence.items(), Optional.empty(), sequence.range());
    }
    DocNode.Mapping mapping = (DocNode.Mapping) node;
    return new DocNode.Mapping(mapping.entries(), Optional.empty(), mapping.range());
  }
}
