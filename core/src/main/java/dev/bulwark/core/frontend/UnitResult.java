package dev.bulwark.core.frontend;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a front end made of one unit.
 *
 * @param sources     the files it read (for excerpts and the list of scanned files)
 * @param resources   the resources it found
 * @param references  references between them
 * @param models      the shared models it mapped them to
 * @param diagnostics parse errors and other notes
 * @param suppressions suppressions declared on resources (comments are read by the scanner itself)
 */
public record UnitResult(
    List<SourceText> sources,
    List<Resource> resources,
    List<Reference> references,
    List<CloudModel> models,
    List<Diagnostic> diagnostics,
    List<DeclaredSuppression> suppressions) {

  public UnitResult {
    sources = List.copyOf(sources);
    resources = List.copyOf(resources);
    references = List.copyOf(references);
    models = List.copyOf(models);
    diagnostics = List.copyOf(diagnostics);
    suppressions = List.copyOf(suppressions);
  }

  /** A result with nothing but {@code diagnostics}. */
  public static UnitResult ofDiagnostics(List<Diagnostic> diagnostics) {
    return new UnitResult(List.of(), List.of(), List.of(), List.of(), diagnostics, List.of());
  }

  /** The result of a unit whose {@code file} could not be read, for {@code cause}. */
  public static UnitResult unreadable(SourceFile file, IOException cause) {
    return ofDiagnostics(List.of(Diagnostic.unreadable(file.relativePath(), cause)));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects a unit's result. Not thread-safe. */
  public static final class Builder {
    private final List<SourceText> sources = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<CloudModel> models = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<DeclaredSuppression> suppressions = new ArrayList<>();

    private Builder() {}

    public Builder source(SourceText source) {
      sources.add(source);
      return this;
    }

    public Builder resource(Resource resource) {
      resources.add(resource);
      return this;
    }

    public Builder reference(Reference reference) {
      references.add(reference);
      return this;
    }

    public Builder model(CloudModel model) {
      models.add(model);
      return this;
    }

    public Builder diagnostic(Diagnostic diagnostic) {
      diagnostics.add(diagnostic);
      return this;
    }

    public Builder diagnostics(List<Diagnostic> more) {
      diagnostics.addAll(more);
      return this;
    }

    public Builder suppression(DeclaredSuppression suppression) {
      suppressions.add(suppression);
      return this;
    }

    public UnitResult build() {
      return new UnitResult(sources, resources, references, models, diagnostics, suppressions);
    }
  }
}
