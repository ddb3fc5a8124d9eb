package dev.bulwark.terraform;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.terraform.aws.AwsModels;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.ParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Analyses one module folder: parses its files, maps blocks to resources, finds references and maps models. */
final class ModuleAnalysis {
  private final AnalysisUnit unit;
  private final ScanSettings settings;
  private final UnitResult.Builder result = UnitResult.builder();

  ModuleAnalysis(AnalysisUnit unit, ScanSettings settings) {
    this.unit = unit;
    this.settings = settings;
  }

  UnitResult run() {
    List<Declaration> declarations = new ArrayList<>();
    for (SourceFile file : unit.files()) {
      parse(file).ifPresent(parsed -> {
        if (file.relativePath().endsWith(".tf")) {
          declarations.addAll(new BlockMapper(unit.name(), parsed.source()).map(parsed.body()));
        }
      });
    }
    ResourceGraph.Builder graph = ResourceGraph.builder();
    declarations.forEach(declaration -> {
      result.resource(declaration.resource());
      graph.add(declaration.resource());
    });
    List<Reference> references = new ReferenceFinder(declarations).find();
    references.forEach(reference -> {
      result.reference(reference);
      graph.add(reference);
    });
    AwsModels.map(graph.build()).forEach(result::model);
    return result.build();
  }

  private record Parsed(SourceText source, Body body) {}

  private Optional<Parsed> parse(SourceFile file) {
    SourceText source;
    try {
      source = file.read();
    } catch (IOException e) {
      result.diagnostic(Diagnostic.forFile(Diagnostic.Level.ERROR, "unreadable",
          "cannot read: " + e.getMessage(), file.relativePath()));
      return Optional.empty();
    }
    result.source(source);
    ParseResult parsed = HclParser.parse(source, settings.maxNestingDepth());
    parsed.errors().forEach(result::diagnostic);
    return parsed.body().map(body -> new Parsed(source, body));
  }
}
