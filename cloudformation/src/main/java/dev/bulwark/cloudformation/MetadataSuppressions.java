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
    Optional<DocNode.Mapping> metadata = mapping(declaration.get("Metadata"));
    metadata.flatMap(node -> node.entry("bulwark")).ifPresent(bulwark -> {
      Optional<DocNode> ignore = mapping(Optional.of(bulwark.value())).flatMap(node -> node.get("ignore"));
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
    metadata.flatMap(node -> mapping(node.get(tool)))
        .flatMap(entries -> entries.get(list))
        .filter(DocNode.Sequence.class::isInstance)
        .ifPresent(entries -> ((DocNode.Sequence) entries).items().forEach(entry -> mapping(Optional.of(entry))
            .flatMap(skipped -> scalar(skipped.get("id"))
                .map(rule -> new DeclaredSuppression(id, scheme, rule.text(),
                    scalar(skipped.get(reasonKey)).map(DocNode.Scalar::text).orElse(""), entry.range())))
            .ifPresent(found::add)));
  }

  private static Optional<DeclaredSuppression> bulwark(ResourceId id, DocNode entry, List<Diagnostic> diagnostics) {
    if (entry instanceof DocNode.Scalar rule) {
      return Optional.of(new DeclaredSuppression(id, DeclaredSuppression.Scheme.BULWARK, rule.text(), "",
          rule.range()));
    }
    Optional<DocNode.Scalar> rule = mapping(Optional.of(entry)).flatMap(ignored -> scalar(ignored.get("id")));
    if (rule.isEmpty()) {
      malformed(entry, diagnostics);
      return Optional.empty();
    }
    String reason = mapping(Optional.of(entry)).flatMap(ignored -> scalar(ignored.get("reason")))
        .map(DocNode.Scalar::text).orElse("");
    return Optional.of(new DeclaredSuppression(id, DeclaredSuppression.Scheme.BULWARK, rule.get().text(), reason,
        entry.range()));
  }

  private static void malformed(DocNode where, List<Diagnostic> diagnostics) {
    diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "malformed-suppression", "`Metadata.bulwark` takes "
        + "`ignore:` with a list of rule ids, or of `id:` and `reason:` pairs; this one is not read", where.range()));
  }

  private static Optional<DocNode.Mapping> mapping(Optional<DocNode> node) {
    return node.filter(DocNode.Mapping.class::isInstance).map(DocNode.Mapping.class::cast);
  }

  private static Optional<DocNode.Scalar> scalar(Optional<DocNode> node) {
    return node.filter(DocNode.Scalar.class::isInstance).map(DocNode.Scalar.class::cast);
  }
}
