package dev.bulwark.cloudformation;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.Documents;
import dev.bulwark.core.document.JsonDocuments;
import dev.bulwark.core.document.YamlDocuments;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a file as a template: JSON when it is a {@code .json} file or starts with <code>{</code>, YAML otherwise;
 * then decides by content whether it is a template: it names {@code AWSTemplateFormatVersion}, or its
 * {@code Resources} have an {@code AWS::} type or sit beside an {@code AWS::} transform (whose loops may hold all of
 * them).
 */
final class TemplateReader {
  private static final Pattern LOOKS_LIKE_TEMPLATE =
      Pattern.compile("AWSTemplateFormatVersion|\"?Resources\"?\\s*:[\\s\\S]*\\bAWS::[A-Za-z0-9]+::");

  private TemplateReader() {}

  /** What reading gave: a template, parse errors of a file that looks like a template, or nothing of ours. */
  sealed interface Outcome {}

  /** A template's root mapping. */
  record Template(DocNode.Mapping root) implements Outcome {}

  /** A file that looks like a template but does not parse. */
  record Broken(Documents documents) implements Outcome {}

  /** Not a template: skipped quietly. */
  record NotOurs() implements Outcome {}

  static Outcome read(SourceText source, ScanSettings settings) {
    if (!mayBeTemplate(source.text())) {
      return new NotOurs();
    }
    Documents documents = isJson(source) ? JsonDocuments.read(source, settings) : YamlDocuments.read(source, settings);
    if (!documents.errors().isEmpty()) {
      return LOOKS_LIKE_TEMPLATE.matcher(source.text()).find() ? new Broken(documents) : new NotOurs();
    }
    return documents.documents().stream().findFirst()
        .flatMap(TemplateReader::template)
        .<Outcome>map(Template::new)
        .orElseGet(NotOurs::new);
  }

  /**
   * Whether the text can hold a template at all: a template names {@code AWSTemplateFormatVersion} or
   * {@code Resources}, so a playbook or any other YAML without either is not parsed a second time here.
   */
  private static boolean mayBeTemplate(String text) {
    return text.contains("Resources") || text.contains("AWSTemplateFormatVersion");
  }

  private static boolean isJson(SourceText source) {
    return source.path().endsWith(".json") || source.text().stripLeading().startsWith("{");
  }

  private static Optional<DocNode.Mapping> template(DocNode root) {
    if (!(root instanceof DocNode.Mapping mapping)) {
      return Optional.empty();
    }
    if (mapping.entry("AWSTemplateFormatVersion").isPresent() || hasAwsTransform(mapping)) {
      return Optional.of(mapping);
    }
    return mapping.get("Resources")
        .filter(resources -> resources instanceof DocNode.Mapping)
        .map(resources -> ((DocNode.Mapping) resources).entries())
        .filter(TemplateReader::hasAwsTypes)
        .map(entries -> mapping);
  }

  /** Whether {@code Resources} sits beside a {@code Transform} of AWS's ({@code AWS::LanguageExtensions}, SAM's). */
  private static boolean hasAwsTransform(DocNode.Mapping mapping) {
    Optional<DocNode> transform = mapping.get("Transform").filter(node -> mapping.get("Resources").isPresent());
    List<DocNode> names = transform.flatMap(DocNode::asSequence).map(DocNode.Sequence::items)
        .orElseGet(() -> transform.stream().toList());
    return names.stream().flatMap(name -> name.asScalar().stream())
        .anyMatch(name -> name.text().startsWith("AWS::"));
  }

  private static boolean hasAwsTypes(List<DocNode.Entry> resources) {
    return resources.stream()
        .map(DocNode.Entry::value)
        .filter(DocNode.Mapping.class::isInstance)
        .flatMap(resource -> ((DocNode.Mapping) resource).get("Type").stream())
        .anyMatch(type -> type instanceof DocNode.Scalar scalar && scalar.text().startsWith("AWS::"));
  }
}
