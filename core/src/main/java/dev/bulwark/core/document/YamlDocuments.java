package dev.bulwark.core.document;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads YAML with SnakeYAML's composer, which keeps every node's tag and start and end marks and reads YAML 1.1
 * scalars ({@code yes}, {@code on}) as Ansible and CloudFormation do; {@link YamlConverter} applies {@code <<} merge
 * keys. Multi-document files give several documents. Never throws for bad input, and never hangs on it.
 */
public final class YamlDocuments {
  private YamlDocuments() {}

  /** The documents of {@code source}, or the diagnostic that stopped reading it. */
  public static Documents read(SourceText source, ScanSettings settings) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setNestingDepthLimit(settings.maxNestingDepth());
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, settings.maxFileBytes()));
    PositionMapper positions = new PositionMapper(source);
    YamlConverter converter = new YamlConverter(positions, settings);
    List<DocNode> documents = new ArrayList<>();
    try {
      for (Node node : new Yaml(options).composeAll(new StringReader(source.text()))) {
        DocNode document = converter.convert(node);
        if (!isEmpty(document)) {
          documents.add(document);
        }
      }
    } catch (MarkedYAMLException e) {
      return Documents.failed(Diagnostic.at(Diagnostic.Level.ERROR, "parse-error", message(e),
          positions.at(offset(positions, e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()))));
    } catch (YamlConverter.Rejected e) {
      return Documents.failed(Diagnostic.at(Diagnostic.Level.ERROR, e.code(), e.getMessage(), e.range()));
    } catch (YAMLException | IllegalArgumentException | StackOverflowError e) {
      // SnakeYAML rejects a malformed tag such as !tag:yaml.org,2002:str%2 with an IllegalArgumentException.
      return Documents.failed(Diagnostic.forFile(Diagnostic.Level.ERROR, "parse-error",
          "invalid YAML: " + e.getMessage(), source.path()));
    }
    return new Documents(documents, List.of());
  }

  private static boolean isEmpty(DocNode document) {
    return document instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.Kind.NULL && scalar.text().isEmpty();
  }

  private static int offset(PositionMapper positions, Mark mark) {
    return mark == null ? 0 : positions.offsetOfCodePoint(mark.getLine(), mark.getColumn());
  }

  private static String message(MarkedYAMLException e) {
    String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
    String context = e.getContext() != null ? e.getContext() + ": " : "";
    return "invalid YAML: " + context + problem;
  }
}
