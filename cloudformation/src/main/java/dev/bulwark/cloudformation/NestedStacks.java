package dev.bulwark.cloudformation;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nested stacks whose template is a file of the scan: an {@code AWS::CloudFormation::Stack} whose
 * {@code TemplateURL}, or an {@code AWS::Serverless::Application} whose {@code Location}, is a relative path (as
 * written before {@code aws cloudformation package} uploads it). Each template is analysed in a unit of its own, with
 * the templates that call it as nested stack after it, so that its parameters take the values they pass.
 */
final class NestedStacks {
  private static final String STACK = "AWS::CloudFormation::Stack";
  private static final String APPLICATION = "AWS::Serverless::Application";

  /**
   * A nested stack: the resource that makes it, in the calling template, and the template file it names.
   *
   * @param logicalId  the resource's logical ID
   * @param properties the resource's {@code Properties}
   * @param template   the nested template's path relative to the scan's base directory
   */
  record Call(String logicalId, DocNode.Mapping properties, String template) {}

  private NestedStacks() {}

  /** One unit per template, each followed by the templates that call it. */
  static List<AnalysisUnit> units(List<SourceFile> files) {
    Map<String, List<SourceFile>> callers = new LinkedHashMap<>();
    Set<String> paths = files.stream().map(SourceFile::relativePath).collect(Collectors.toSet());
    for (SourceFile file : files) {
      for (Call call : calls(file)) {
        if (paths.contains(call.template()) && !call.template().equals(file.relativePath())) {
          List<SourceFile> list = callers.computeIfAbsent(call.template(), path -> new ArrayList<>());
          if (!list.contains(file)) {
            list.add(file);
          }
        }
      }
    }
    return files.stream().map(file -> {
      List<SourceFile> members = new ArrayList<>(List.of(file));
      members.addAll(callers.getOrDefault(file.relativePath(), List.of()));
      return new AnalysisUnit(file.relativePath(), members);
    }).toList();
  }

  /** The nested stacks of {@code template} (the root of the file at {@code path}) that name a relative path. */
  static List<Call> calls(DocNode.Mapping template, String path) {
    List<Call> calls = new ArrayList<>();
    for (DocNode.Entry entry : TemplateSections.entries(template, "Resources")) {
      Optional<DocNode.Mapping> resource = entry.value().asMapping();
      Optional<String> type = resource.flatMap(r -> r.get("Type")).flatMap(DocNode::asScalar)
          .map(DocNode.Scalar::text);
      Optional<DocNode.Mapping> properties = resource.flatMap(r -> r.get("Properties")).flatMap(DocNode::asMapping);
      Optional<String> location = type.flatMap(name -> name.equals(STACK) ? Optional.of("TemplateURL")
          : name.equals(APPLICATION) ? Optional.of("Location") : Optional.empty());
      Optional<String> target = location.flatMap(key -> properties.flatMap(p -> p.get(key)))
          .filter(node -> node.tag().isEmpty())
          .flatMap(DocNode::asScalar)
          .map(DocNode.Scalar::text)
          .flatMap(text -> resolve(path, text));
      if (target.isPresent() && TemplateSections.name(entry).isPresent()) {
        calls.add(new Call(TemplateSections.name(entry).get(), properties.get(), target.get()));
      }
    }
    return calls;
  }

  private static List<Call> calls(SourceFile file) {
    if (file.size() > ScanSettings.DEFAULTS.maxFileBytes()) {
      return List.of();
    }
    SourceText source;
    try {
      source = file.read();
    } catch (IOException e) {
      return List.of();
    }
    if (!source.text().contains(STACK) && !source.text().contains(APPLICATION)) {
      return List.of();
    }
    return TemplateReader.read(source, ScanSettings.DEFAULTS) instanceof TemplateReader.Template template
        ? calls(template.root(), file.relativePath())
        : List.of();
  }

  /** {@code location} relative to the folder of {@code from}, when it is a relative path inside the scan. */
  private static Optional<String> resolve(String from, String location) {
    String text = location.trim();
    if (text.isEmpty() || text.contains("://") || text.startsWith("/") || text.contains("${")) {
      return Optional.empty();
    }
    Path resolved;
    try {
      Path folder = Path.of(from).getParent();
      resolved = (folder == null ? Path.of(text) : folder.resolve(text)).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    String relative = resolved.toString().replace(resolved.getFileSystem().getSeparator(), "/");
    return relative.startsWith("..") || relative.isEmpty() ? Optional.empty() : Optional.of(relative);
  }
}
