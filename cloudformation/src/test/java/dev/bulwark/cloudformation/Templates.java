package dev.bulwark.cloudformation;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Writes a template into a folder and analyses it, for tests. */
final class Templates {
  private Templates() {}

  static UnitResult analyze(Path folder, String name, String text) throws IOException {
    return analyze(folder, name, text, ScanSettings.DEFAULTS);
  }

  static UnitResult analyze(Path folder, String name, String text, ScanSettings settings) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    SourceFile source = new SourceFile(file, name, Files.size(file));
    return new CloudFormationFrontend().analyze(new AnalysisUnit(name, List.of(source)),
        AnalysisContext.of(settings));
  }

  static Resource resource(UnitResult result, String logicalId) {
    return result.resources().stream().filter(r -> r.address().equals(logicalId)).findFirst().orElseThrow();
  }

  /** The property at a dotted path, e.g. {@code Tags.0.Value}. */
  static Optional<Value> property(UnitResult result, String logicalId, String path) {
    Optional<Value> value = Optional.of(resource(result, logicalId).attributes());
    for (String step : Arrays.asList(path.split("\\."))) {
      value = value.flatMap(current -> current.asMap().isPresent()
          ? current.asMap().get().get(step)
          : current.asList().filter(items -> Integer.parseInt(step) < items.size())
              .map(items -> items.get(Integer.parseInt(step))));
    }
    return value;
  }
}
