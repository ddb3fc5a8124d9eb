package dev.bulwark.cloudformation;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.frontend.DeclaredSuppression;
import dev.bulwark.core.graph.ResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suppressions declared in a resource's {@code Metadata}, the only place a JSON template can hold them:
 * {@code bulwark: {ignore: [BW101, {id: BW301, reason: ...}]}}, Checkov's
 * {@code checkov: {skip: [{id: CKV_AWS_17, comment: ...}]}} and cfn-nag's
 * {@code cfn_nag: {rules_to_suppress: [{id: W35, reason: ...}]}}.
 */
final class MetadataSuppressions {
  private MetadataSuppressions() {}

  /** The suppressions in {@code declaration}'s {@code Metadata}; a malformed Bulwark entry is a warning. */
  static List<DeclaredSuppression> of(ResourceId id, DocNode.Mapping declaration, List<Diagnostic> diagnostics) {
    List<DeclaredSuppression> found = new ArrayList<>();
    Optional<DocNode.Mapping> metadata = declaration.get("Metadata").flatMap(DocNode::asMapping);
    metadata.flatMap(node -> node.entry("bulwark")).ifPresent(bulwark -> {
      Optional<DocNode> ignore = bulwark.value().asMapping().flatMap(node -> node.get("ignore"));
      if (ignore.isPresent() && ignore.get() instanceof DocNode.Sequence entries) {
        entries.items().forEach(entry -> bulwark(id, entry, diagnostics).ifPresent(found::add));
      } else {
        malformed(bulwark.key(), diagnostics);
      }
    });
    peer(id, metadata, "checkov", "skip", "comment", DeclaredSuppression.Scheme.CHECKOV, found);
    peer(id, metadata, "cfn_nag", "rules_to_suppress", "reason", DeclaredSuppression.Scheme.CFN_NAG, found);
    return found;
  }

  /** A peer's entries: {@code tool: {list: [{id: ..., reasonKey: ...}]}}; others are the peer's to judge. */
  private static void peer(ResourceId id, Optional<DocNode.Mapping> metadata, String tool, String list,
      String reasonKey, DeclaredSuppression.Scheme scheme, List<DeclaredSuppression> found) {
    List<DocNode> entries = metadata.flatMap(node -> node.get(tool)).flatMap(DocNode::asMapping)
        .flatMap(settings -> settings.get(list)).flatMap(DocNode::asSequence).map(DocNode.Sequence::items)
        .orElse(List.of());
    for (DocNode entry : entries) {
      entry.asMapping().ifPresent(skipped -> skipped.get("id").flatMap(DocNode::asScalar).ifPresent(rule ->
          found.add(new DeclaredSuppression(id, scheme, rule.text(), text(skipped, reasonKey), entry.range()))));
    }
  }

  private static Optional<DeclaredSuppression> bulwark(ResourceId id, DocNode entry, List<Diagnostic> diagnostics) {
    if (entry instanceof DocNode.Scalar rule) {
      return Optional.of(new DeclaredSuppression(id, DeclaredSuppression.Scheme.BULWARK, rule.text(), "",
          rule.range()));
    }
    Optional<DocNode.Mapping> ignored = entry.asMapping();
    Optional<DocNode.Scalar> rule = ignored.flatMap(mapping -> mapping.get("id")).flatMap(DocNode::asScalar);
    if (rule.isEmpty()) {
      malformed(entry, diagnostics);
      return Optional.empty();
    }
    String reason = text(ignored.get(), "reason");
    return Optional.of(new DeclaredSuppression(id, DeclaredSuppression.Scheme.BULWARK, rule.get().text(), reason,
        entry.range()));
  }

  private static void malformed(DocNode where, List<Diagnostic> diagnostics) {
    diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "malformed-suppression", "`Metadata.bulwark` takes "
        + "`ignore:` with a list of rule ids, or of `id:` and `reason:` pairs; this one is not read", where.range()));
  }

  /** The text of the scalar at {@code key}; {@code ""} when there is none. */
  private static String text(DocNode.Mapping mapping, String key) {
    return mapping.get(key).flatMap(DocNode::asScalar).map(DocNode.Scalar::text).orElse("");
  }
}
