package dev.bulwark.ansible;

import dev.bulwark.ansible.models.AnsibleModels;
import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.LocalFiles;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.ResourceGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analyses one project: reads and classifies its YAML files, walks each playbook as a unit, then each role and
 * task file that no playbook reached as a unit of its own, and maps every unit's tasks to shared models.
 */
final class ProjectAnalysis {
  private static final Set<String> ROLE_PLACES = Set.of("tasks", "handlers", "defaults", "vars", "meta");

  private final AnalysisUnit unit;
  private final AnalysisContext context;
  private final ScanSettings settings;

  ProjectAnalysis(AnalysisUnit unit, AnalysisContext context) {
    this.unit = unit;
    this.context = context;
    this.settings = context.settings();
  }

  UnitResult run() {
    ProjectFiles files = ProjectFiles.read(unit, settings);
    Roles roles = new Roles(files);
    FileClassifier classifier = new FileClassifier(roles);
    Map<String, FileKind> kinds = new HashMap<>();
    files.all().forEach(file -> kinds.put(file.path(), classifier.classify(file)));
    UnitResult.Builder result = UnitResult.builder();
    if (files.all().stream().noneMatch(file -> isAnsible(file, kinds.get(file.path()), roles))) {
      return result.build();
    }
    ProjectSink sink = new ProjectSink();
    ExtraVars extraVars = context.shared(ExtraVars.class, () -> ExtraVars.load(settings));
    extraVars.problems().forEach(sink::diagnostic);
    Project project = new Project(files, roles, kinds, new InventoryVars(files, kinds), extraVars.layer(), sink,
        new LocalFiles(context.baseDirectory(), settings), context.baseDirectory());
    List<UnitSink> units = walk(project);
    for (AnsibleFile file : files.all()) {
      if (isAnsible(file, project.kind(file.path()), roles) || sink.used().contains(file.path())) {
        file.source().ifPresent(result::source);
        file.errors().forEach(result::diagnostic);
        if (file.documents() > 1) {
          result.diagnostic(Diagnostic.forFile(Diagnostic.Level.NOTE, "multiple-documents",
              "Ansible reads one YAML document per file; only the first of " + file.documents() + " was analysed",
              file.path()));
        }
      }
    }
    sink.diagnostics().forEach(result::diagnostic);
    units.forEach(walked -> addUnit(walked, result));
    return result.build();
  }

  private static List<UnitSink> walk(Project project) {
    List<UnitSink> units = new ArrayList<>();
    PlaybookWalker playbooks = new PlaybookWalker(project);
    for (AnsibleFile file : project.files().all()) {
      if (project.kind(file.path()) == FileKind.PLAYBOOK) {
        units.add(playbooks.walk(file));
      }
    }
    StandaloneWalker standalone = new StandaloneWalker(project);
    for (Role role : project.roles().all()) {
      Optional<AnsibleFile> main = role.file(project.files(), "tasks", "main");
      if (main.isPresent() && main.get().document().isPresent() && !project.sink().isReached(main.get().path())) {
        units.add(standalone.role(role, main.get().document().get().range()));
      }
    }
    for (AnsibleFile file : project.files().all()) {
      if (project.kind(file.path()) == FileKind.TASKS && file.document().isPresent()
          && !project.sink().isReached(file.path())) {
        project.sink().reached(file.path());
        units.add(standalone.taskFile(file));
      }
    }
    return units;
  }

  private static void addUnit(UnitSink walked, UnitResult.Builder result) {
    List<Reference> references = new ArrayList<>(walked.references());
    references.addAll(AnsibleModels.links(walked.resources()));
    ResourceGraph.Builder graph = ResourceGraph.builder();
    walked.resources().forEach(resource -> {
      graph.add(resource);
      result.resource(resource);
    });
    references.forEach(reference -> {
      graph.add(reference);
      result.reference(reference);
    });
    AnsibleModels.map(graph.build(), walked.opaque()).forEach(result::model);
  }

  /** Whether a file is Ansible by its kind, or, when it could not be parsed, meant as Ansible. */
  private static boolean isAnsible(AnsibleFile file, FileKind kind, Roles roles) {
    return kind != FileKind.OTHER || file.document().isEmpty() && !file.isEmpty() && looksAnsible(file, roles);
  }

  /** Whether a file that could not be parsed is meant as Ansible: by its place, or a top-level list. */
  private static boolean looksAnsible(AnsibleFile file, Roles roles) {
    if (roles.roleOf(file.path()).filter(placed -> ROLE_PLACES.contains(placed.subfolder())).isPresent()
        || Paths.parent(file.path()).matches("(.*/)?(group_vars|host_vars)(/.*)?")) {
      return true;
    }
    return file.source().map(source -> source.text().lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.equals("---"))
        .findFirst()
        .filter(line -> line.startsWith("- ") || line.equals("-"))
        .isPresent()).orElse(false);
  }
}
