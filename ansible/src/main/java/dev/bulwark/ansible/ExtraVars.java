package dev.bulwark.ansible;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.Documents;
import dev.bulwark.core.document.YamlDocuments;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.value.StringValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scan's {@code --ansible-extra-vars}, the highest-precedence variables: the YAML or JSON files first, then
 * the {@code NAME=VALUE} pairs (strings, as {@code ansible-playbook -e} reads them). Read once per scan and shared
 * by every project, each of which reports the files' problems.
 *
 * @param layer    the variables
 * @param problems what was wrong with the files
 */
record ExtraVars(Layer layer, List<Diagnostic> problems) {
  /** Where a {@code NAME=VALUE} extra var is "written"; the value is always placed at its use. */
  private static final Range COMMAND_LINE = Range.ofLine("--ansible-extra-vars", 1, 1, 1);

  ExtraVars {
    problems = List.copyOf(problems);
  }

  static ExtraVars load(ScanSettings settings) {
    Map<String, Binding> bindings = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path file : settings.ansibleExtraVarFiles()) {
      String name = file.toString().replace('\\', '/');
      try {
        Documents documents = YamlDocuments.read(SourceText.decode(name, Files.readAllBytes(file)), settings);
        problems.addAll(documents.errors());
        documents.documents().stream().findFirst()
            .filter(DocNode.Mapping.class::isInstance)
            .map(DocNode.Mapping.class::cast)
            .ifPresent(mapping -> bindings.putAll(Layer.of(Precedence.EXTRA_VARS, mapping, true).bindings()));
      } catch (IOException e) {
        problems.add(Diagnostic.forFile(Diagnostic.Level.ERROR, "unreadable",
            "cannot read the extra vars file: " + e.getMessage(), name));
      }
    }
    settings.ansibleExtraVars().forEach((key, value) ->
        bindings.put(key, Binding.evaluated(new StringValue(value, COMMAND_LINE), Optional.empty())));
    return new ExtraVars(Layer.of(Precedence.EXTRA_VARS, bindings), problems);
  }
}
