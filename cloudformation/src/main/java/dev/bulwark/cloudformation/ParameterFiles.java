package dev.bulwark.cloudformation;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.Documents;
import dev.bulwark.core.document.JsonDocuments;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values from the files given with {@code --cfn-parameters}, in the AWS CLI's shape
 * (<code>[{"ParameterKey": "K", "ParameterValue": "V"}]</code>) or CodePipeline's template configuration
 * (<code>{"Parameters": {"K": "V"}}</code>). Later files override earlier ones.
 *
 * @param values   parameter values by name
 * @param problems unreadable or malformed files
 */
record ParameterFiles(Map<String, Parameter.Given> values, List<Diagnostic> problems) {
  private static final String SOURCE = "value in the parameters file";

  static ParameterFiles read(ScanSettings settings) {
    Map<String, Parameter.Given> values = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path file : settings.cloudFormationParameterFiles()) {
      String name = file.toString().replace(file.getFileSystem().getSeparator(), "/");
      try {
        Documents documents = JsonDocuments.read(SourceText.decode(name, Files.readAllBytes(file)), settings);
        problems.addAll(documents.errors());
        documents.documents().forEach(document -> collect(document, values));
      } catch (IOException e) {
        problems.add(Diagnostic.unreadable(name, e));
      }
    }
    return new ParameterFiles(Map.copyOf(values), List.copyOf(problems));
  }

  private static void collect(DocNode document, Map<String, Parameter.Given> values) {
    if (document instanceof DocNode.Sequence list) {
      for (DocNode item : list.items()) {
        if (item instanceof DocNode.Mapping pair && pair.get("ParameterKey").orElse(null) instanceof DocNode.Scalar key
            && pair.get("ParameterValue").orElse(null) instanceof DocNode.Scalar value) {
          values.put(key.text(), new Parameter.Given(value.text(), value.range(), SOURCE));
        }
      }
    } else if (document instanceof DocNode.Mapping configuration
        && configuration.get("Parameters").orElse(null) instanceof DocNode.Mapping parameters) {
      for (DocNode.Entry entry : parameters.entries()) {
        if (entry.key() instanceof DocNode.Scalar key && entry.value() instanceof DocNode.Scalar value) {
          values.put(key.text(), new Parameter.Given(value.text(), value.range(), SOURCE));
        }
      }
    }
  }
}
