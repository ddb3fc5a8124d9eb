package dev.bulwark.terraform;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import dev.bulwark.terraform.hcl.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and parses the files of one unit: the root module's files, and the folders its local module calls point
 * at. Each folder is read once per unit however often it is called; a folder outside the scan's base directory is
 * not read; a {@code .tf} file that a {@code .tofu} file of the same name replaces is not read either. Parse errors
 * and unreadable or oversized files become diagnostics.
 */
final class ModuleLoader {
  private final Path base;
  private final ScanSettings settings;
  private final UnitReport report;
  private final Map<Path, Optional<ModuleDefinition>> loaded = new HashMap<>();

  ModuleLoader(Path base, ScanSettings settings, UnitReport report) {
    this.base = base;
    this.settings = settings;
    this.report = report;
  }

  /** The root module of a unit, from its {@code .tf} files; its variable files are added to {@code tfvars}. */
  ModuleDefinition root(String folder, List<SourceFile> files, List<ParsedFile> tfvars) {
    List<ParsedFile> tf = new ArrayList<>();
    Map<String, String> shadowed = shadowed(files.stream().map(SourceFile::relativePath).toList());
    for (SourceFile file : files) {
      if (shadowed.containsKey(file.relativePath())) {
        continue;
      }
      read(file.path(), file.relativePath()).ifPresent(parsed ->
          (TerraformFiles.isVariables(file.relativePath()) ? tfvars : tf).add(parsed));
    }
    Path directory = files.isEmpty() ? base.resolve(folder) : files.get(0).path().toAbsolutePath().getParent();
    ModuleDefinition root = ModuleDefinition.of(folder, directory.normalize(), Overrides.apply(tf, this::orphan),
        this::duplicate);
    loaded.put(root.directory(), Optional.of(root));
    return root;
  }

  /**
   * The module at {@code path} relative to {@code caller}'s folder, read once; empty (with a diagnostic at
   * {@code at}) when it is not a valid path, outside the scan's base directory or not a folder.
   */
  Optional<ModuleDefinition> load(ModuleDefinition caller, String path, Range at) {
    Path directory;
    try {
      directory = caller.directory().resolve(path).normalize();
    } catch (InvalidPathException e) {
      report.note(at, "module-not-loaded", "the module at \"" + path + "\" is not a valid path, so it is not loaded");
      return Optional.empty();
    }
    return loaded.computeIfAbsent(directory, dir -> read(dir, path, at));
  }

  /**
   * Reads every local module that {@code definition} calls, directly or not, so that their files are read and
   * checked even where no instance of them is made ({@code count = 0}, an unknown source); returns them, with
   * {@code definition} first.
   */
  List<ModuleDefinition> readCallees(ModuleDefinition definition) {
    List<ModuleDefinition> reached = new ArrayList<>();
    readCallees(definition, new HashSet<>(), reached);
    return reached;
  }

  /** The dependency lock file in {@code root}'s folder, parsed, if there is one. */
  Optional<ParsedFile> lockFile(ModuleDefinition root) {
    Path file = root.directory().resolve(ProviderPins.LOCK_FILE);
    return Files.isRegularFile(file) ? read(file, relative(file)) : Optional.empty();
  }

  private void readCallees(ModuleDefinition definition, Set<Path> visited, List<ModuleDefinition> reached) {
    if (!visited.add(definition.directory())) {
      return;
    }
    reached.add(definition);
    for (Body.Block call : definition.moduleCalls().values()) {
      Optional<Body.Attribute> source = call.body().attribute("source");
      Optional<String> path = source.map(Body.Attribute::value)
          .filter(Expression.Template.class::isInstance)
          .flatMap(value -> ((Expression.Template) value).literal())
          .filter(text -> ModuleSource.parse(text).isLocal());
      if (path.isPresent()) {
        load(definition, path.get(), source.get().range())
            .ifPresent(callee -> readCallees(callee, visited, reached));
      }
    }
  }

  private Optional<ModuleDefinition> read(Path directory, String path, Range at) {
    if (!directory.startsWith(base)) {
      report.note(at, "module-not-loaded",
          "the module at \"" + path + "\" is outside the scanned folder, so it is not loaded");
      return Optional.empty();
    }
    if (!Files.isDirectory(directory)) {
      report.note(at, "module-not-loaded", "the module at \"" + path + "\" is not a folder, so it is not loaded");
      return Optional.empty();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(file -> isConfiguration(file.getFileName().toString()) && Files.isRegularFile(file))
          .sorted().toList();
    } catch (IOException e) {
      report.add(Diagnostic.at(Diagnostic.Level.ERROR, "unreadable", "cannot list the module's folder: "
          + e.getMessage(), at));
      return Optional.empty();
    }
    List<ParsedFile> parsed = new ArrayList<>();
    Map<String, String> shadowed = shadowed(files.stream().map(this::relative).toList());
    for (Path file : files) {
      if (!shadowed.containsKey(relative(file))) {
        read(file, relative(file)).ifPresent(parsed::add);
      }
    }
    return Optional.of(ModuleDefinition.of(relative(directory), directory, Overrides.apply(parsed, this::orphan),
        this::duplicate));
  }

  /**
   * The files among {@code paths} (of one folder) that OpenTofu does not read, with the file it reads in their place;
   * each is a note.
   */
  private Map<String, String> shadowed(List<String> paths) {
    Map<String, String> byName = new HashMap<>();
    paths.forEach(path -> byName.put(path.substring(path.lastIndexOf('/') + 1), path));
    Map<String, String> shadowed = new HashMap<>();
    TerraformFiles.shadowed(byName.keySet()).forEach((name, tofu) -> {
      String path = byName.get(name);
      shadowed.put(path, tofu);
      report.add(Diagnostic.forFile(Diagnostic.Level.NOTE, "shadowed-by-tofu", "not read: `" + tofu + "` beside it "
          + "takes its place, as OpenTofu reads the folder (Terraform reads no .tofu file)", path));
    });
    return shadowed;
  }

  private void duplicate(String address, Range at) {
    boolean named = address.startsWith("var.") || address.startsWith("output.") || address.startsWith("local.");
    report.warn(at, "duplicate-resource", "`" + address + "` is declared more than once in its module; "
        + (named ? "the first one is used" : "this one is checked on its own (as `" + address + "#2`, or #3, ...), "
        + "references in its file resolve to it and others to the first one"));
  }

  private void orphan(String address, Range at) {
    report.warn(at, "override-without-base", "`" + address + "` in an override file overrides nothing in the "
        + "module's other files, which Terraform rejects; it is checked as written");
  }

  /** A configuration file Terraform reads: not hidden, not an editor's backup. */
  private static boolean isConfiguration(String name) {
    return TerraformFiles.isConfiguration(name) && !name.startsWith(".") && !name.startsWith("#");
  }

  private String relative(Path path) {
    return base.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  private Optional<ParsedFile> read(Path file, String relativePath) {
    SourceText source;
    try {
      long size = Files.size(file);
      if (size > settings.maxFileBytes()) {
        report.add(Diagnostic.forFile(Diagnostic.Level.WARNING, "file-too-large",
            "skipped: " + size + " bytes is over the limit of " + settings.maxFileBytes(), relativePath));
        return Optional.empty();
      }
      source = SourceText.decode(relativePath, Files.readAllBytes(file));
    } catch (IOException e) {
      report.add(Diagnostic.unreadable(relativePath, e));
      return Optional.empty();
    }
    report.source(source);
    ParseResult parsed = TerraformFiles.parse(source, settings);
    parsed.errors().forEach(report::add);
    return parsed.body().map(body -> new ParsedFile(source, body));
  }
}
