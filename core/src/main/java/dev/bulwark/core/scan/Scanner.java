package dev.bulwark.core.scan;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ScannedFile;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Timings;
import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.DeclaredSuppression;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.rule.Rule;
import dev.bulwark.core.rule.RuleMetadata;
import dev.bulwark.core.rule.RuleProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scans files and folders: discovers files, runs the front ends on their units in parallel, assembles the resource
 * graph, runs the rules, sets aside the findings suppressed in the code or accepted by a baseline, and returns a
 * deterministic {@link ScanResult}. A scanner holds no state between scans and may be used from several threads;
 * nothing is printed and nothing is thrown for bad input.
 */
public final class Scanner {
  private static final System.Logger LOGGER = System.getLogger(Scanner.class.getName());

  private final List<Path> paths;
  private final Path baseDirectory;
  private final List<Frontend> frontends;
  private final List<Rule> rules;
  private final RuleReferences ruleReferences;
  private final Baseline baseline;
  private final ScanSettings settings;
  private final int parallelism;
  private final PathFilter filter;
  private final Severity minimumSeverity;

  private Scanner(Builder builder) {
    this.paths = List.copyOf(builder.paths.isEmpty() ? List.of(Path.of("")) : builder.paths);
    this.baseDirectory = (builder.baseDirectory != null ? builder.baseDirectory : defaultBase(paths))
        .toAbsolutePath().normalize();
    this.frontends = List.copyOf(builder.frontends != null ? builder.frontends : loadFrontends());
    List<Rule> known = builder.rules != null ? builder.rules : loadRules();
    this.rules = RuleSelection.select(known, builder.enabledRules, builder.optInRules, builder.disabledRules);
    this.ruleReferences = RuleReferences.of(known.stream().map(Rule::metadata).toList());
    this.baseline = builder.baseline;
    this.settings = builder.settings;
    this.parallelism = builder.parallelism;
    this.filter = PathFilter.of(builder.includes, builder.excludes);
    this.minimumSeverity = builder.minimumSeverity;
  }

  /** A builder with the front ends and rules on the classpath, scanning the current folder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The front ends found on the classpath. */
  public static List<Frontend> loadFrontends() {
    List<Frontend> found = new ArrayList<>();
    ServiceLoader.load(Frontend.class).forEach(found::add);
    found.sort(Comparator.comparing(Frontend::format));
    return found;
  }

  /** The rules found on the classpath, ordered by id. */
  public static List<Rule> loadRules() {
    List<Rule> found = new ArrayList<>();
    ServiceLoader.load(RuleProvider.class).forEach(provider -> found.addAll(provider.rules()));
    found.sort(Comparator.comparing(rule -> rule.metadata().id()));
    return found;
  }

  private static Path defaultBase(List<Path> paths) {
    if (paths.size() == 1) {
      Path only = paths.get(0).toAbsolutePath();
      return Files.isDirectory(only) ? only : Objects.requireNonNullElse(only.getParent(), only);
    }
    return Path.of("").toAbsolutePath();
  }

  /** The folder every path in the result is relative to. */
  public Path baseDirectory() {
    return baseDirectory;
  }

  /** The rules this scanner runs. */
  public List<Rule> rules() {
    return rules;
  }

  /** Runs the scan. */
  public ScanResult scan() {
    long start = System.nanoTime();
    FileDiscovery.Discovered discovered = FileDiscovery.discover(paths, baseDirectory, filter);
    List<Diagnostic> diagnostics = new ArrayList<>(discovered.diagnostics());
    List<Job> jobs = plan(discovered.files(), diagnostics);
    long discoverEnd = System.nanoTime();

    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, jobs.size())));
    try {
      AnalysisContext context = AnalysisContext.of(settings, baseDirectory);
      List<UnitResult> results = runAll(pool, jobs, job -> analyze(job, context));
      long parseEnd = System.nanoTime();

      ResourceGraph.Builder graphBuilder = ResourceGraph.builder();
      List<CloudModel> models = new ArrayList<>();
      Map<String, SourceText> sources = new HashMap<>();
      Map<String, String> formats = new HashMap<>();
      List<DeclaredSuppression> declared = new ArrayList<>();
      List<ScannedFile> files = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        UnitResult result = results.get(i);
        diagnostics.addAll(result.diagnostics());
        for (SourceText source : result.sources()) {
          sources.put(source.path(), source);
          formats.putIfAbsent(source.path(), jobs.get(i).frontend().format());
        }
        for (Resource resource : result.resources()) {
          if (!graphBuilder.add(resource)) {
            diagnostics.add(Diagnostic.at(Diagnostic.Level.WARNING, "duplicate-resource",
                "resource " + resource.id() + " is declared more than once; the first one is used",
                resource.range()));
          }
        }
        result.references().forEach(graphBuilder::add);
        models.addAll(result.models());
        declared.addAll(result.suppressions());
      }
      sources.values().stream()
          .map(source -> new ScannedFile(source.path(), formats.getOrDefault(source.path(), ""), source.bytes()))
          .sorted(Comparator.comparing(ScannedFile::path).thenComparing(ScannedFile::format))
          .forEach(files::add);
      ResourceGraph graph = graphBuilder.build();
      long graphEnd = System.nanoTime();

      InlineSuppressions inline = InlineSuppressions.of(sources.values(), declared, ruleReferences,
          LocalDate.now(ZoneOffset.UTC), diagnostics);
      RuleEngine engine = new RuleEngine(graph, List.copyOf(models), sources, inline);
      List<RuleEngine.Outcome> outcomes = runAll(pool, rules, engine::run);
      List<Finding> found = new ArrayList<>();
      List<SuppressedFinding> suppressedAll = new ArrayList<>();
      for (RuleEngine.Outcome outcome : outcomes) {
        found.addAll(outcome.findings());
        suppressedAll.addAll(outcome.suppressed());
        diagnostics.addAll(outcome.diagnostics());
      }
      diagnostics.addAll(inline.unused(suppressedAll,
          rules.stream().map(rule -> rule.metadata().id()).collect(Collectors.toSet())));
      if (baseline != null) {
        found = baseline.apply(found, suppressedAll, diagnostics);
      }
      Set<List<Object>> seen = new HashSet<>();
      List<Finding> findings = found.stream().filter(finding -> finding.severity().isAtLeast(minimumSeverity))
          .sorted()
          .filter(finding -> seen.add(List.of(finding.ruleId(), finding.range(), finding.message(), finding.related())))
          .toList();
      List<SuppressedFinding> suppressed = suppressedAll.stream()
          .filter(entry -> entry.finding().severity().isAtLeast(minimumSeverity)).sorted().toList();
      List<Diagnostic> distinct = diagnostics.stream().distinct().sorted().toList();
      long rulesEnd = System.nanoTime();

      Timings timings = new Timings(Duration.ofNanos(discoverEnd - start), Duration.ofNanos(parseEnd - discoverEnd),
          Duration.ofNanos(graphEnd - parseEnd), Duration.ofNanos(rulesEnd - graphEnd));
      LOGGER.log(System.Logger.Level.DEBUG, () -> "scanned " + files.size() + " files, " + findings.size()
          + " findings; " + timings);
      List<RuleMetadata> ran = rules.stream().map(Rule::metadata).toList();
      return new ScanResult(baseDirectory, findings, suppressed, distinct, files, ran, graph.resources().size(),
          graph.references().size(), timings);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Job(Frontend frontend, AnalysisUnit unit) {}

  private List<Job> plan(List<SourceFile> files, List<Diagnostic> diagnostics) {
    List<Job> jobs = new ArrayList<>();
    for (Frontend frontend : frontends) {
      List<SourceFile> claimed = new ArrayList<>();
      for (SourceFile file : files) {
        if (!frontend.claims(file.relativePath())) {
          continue;
        }
        if (file.size() > settings.maxFileBytes()) {
          diagnostics.add(Diagnostic.forFile(Diagnostic.Level.WARNING, "file-too-large",
              "skipped: " + file.size() + " bytes is over the limit of " + settings.maxFileBytes(),
              file.relativePath()));
        } else {
          claimed.add(file);
        }
      }
      if (!claimed.isEmpty()) {
        frontend.group(claimed).forEach(unit -> jobs.add(new Job(frontend, unit)));
      }
    }
    jobs.sort(Comparator.comparingLong((Job job) -> -job.unit().size())
        .thenComparing(job -> job.frontend().format())
        .thenComparing(job -> job.unit().name()));
    return jobs;
  }

  private static UnitResult analyze(Job job, AnalysisContext context) {
    try {
      return job.frontend().analyze(job.unit(), context);
    } catch (RuntimeException | StackOverflowError e) {
      return UnitResult.ofDiagnostics(List.of(Diagnostic.forFile(Diagnostic.Level.ERROR, "internal-error",
          job.frontend().format() + " front end failed on " + job.unit().name() + ": " + e,
          job.unit().files().isEmpty() ? job.unit().name() : job.unit().files().get(0).relativePath())));
    }
  }

  /** Runs {@code task} on every item in the pool and returns the results in item order. */
  private static <T, R> List<R> runAll(ExecutorService pool, List<T> items, Function<T, R> task) {
    List<Future<R>> futures = new ArrayList<>();
    for (T item : items) {
      Callable<R> call = () -> task.apply(item);
      futures.add(pool.submit(call));
    }
    List<R> results = new ArrayList<>(items.size());
    for (Future<R> future : futures) {
      try {
        results.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("scan interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("unexpected failure in a scan task", e.getCause());
      }
    }
    return results;
  }

  /** Configures a {@link Scanner}. */
  public static final class Builder {
    private final List<Path> paths = new ArrayList<>();
    private Path baseDirectory;
    private List<Frontend> frontends;
    private List<Rule> rules;
    private ScanSettings settings = ScanSettings.DEFAULTS;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private final Set<String> enabledRules = new TreeSet<>();
    private final Set<String> optInRules = new TreeSet<>();
    private final Set<String> disabledRules = new TreeSet<>();
    private Severity minimumSeverity = Severity.LOW;
    private Baseline baseline;

    private Builder() {}

    /**
     * Counts only the findings that are not in {@code accepted}: those in it are reported as suppressed, and
     * entries that match no finding any more are counted in a note.
     */
    public Builder baseline(Baseline accepted) {
      this.baseline = Objects.requireNonNull(accepted, "accepted");
      return this;
    }

    /**
     * Scans only files matching one of these glob patterns, relative to the base directory with {@code /}
     * (e.g. {@code infra/**}); default: every file a front end claims.
     */
    public Builder includes(List<String> globs) {
      includes.addAll(globs);
      return this;
    }

    /** Leaves out files and folders matching one of these glob patterns (e.g. {@code target/**}). */
    public Builder excludes(List<String> globs) {
      excludes.addAll(globs);
      return this;
    }

    /** Runs only the rules with these ids (default: all); an unknown id makes {@link #build()} fail. */
    public Builder enableRules(Collection<String> ids) {
      enabledRules.addAll(ids);
      return this;
    }

    /**
     * Also runs these opt-in rules (those not enabled by default), beside the default ones; an unknown id makes
     * {@link #build()} fail.
     */
    public Builder optInRules(Collection<String> ids) {
      optInRules.addAll(ids);
      return this;
    }

    /** Does not run the rules with these ids; an unknown id makes {@link #build()} fail. */
    public Builder disableRules(Collection<String> ids) {
      disabledRules.addAll(ids);
      return this;
    }

    /** Leaves findings below {@code severity} out of the result (default: {@link Severity#LOW}, all findings). */
    public Builder minimumSeverity(Severity severity) {
      this.minimumSeverity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** Adds files or folders to scan (default: the current folder). */
    public Builder paths(List<Path> more) {
      paths.addAll(more);
      return this;
    }

    /** Adds files or folders to scan. */
    public Builder path(Path path) {
      paths.add(path);
      return this;
    }

    /** The folder paths in the result are relative to (default: the one folder scanned, else the current folder). */
    public Builder baseDirectory(Path folder) {
      this.baseDirectory = folder;
      return this;
    }

    /** The front ends to use (default: those on the classpath). */
    public Builder frontends(List<Frontend> chosen) {
      this.frontends = List.copyOf(chosen);
      return this;
    }

    /** The rules to run (default: those on the classpath). */
    public Builder rules(List<Rule> chosen) {
      this.rules = List.copyOf(chosen);
      return this;
    }

    /** Limits and other settings. */
    public Builder settings(ScanSettings chosen) {
      this.settings = Objects.requireNonNull(chosen, "settings");
      return this;
    }

    /** How many threads run front ends and rules (default: the number of processors). */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1");
      }
      this.parallelism = threads;
      return this;
    }

    /** The configured scanner. */
    public Scanner build() {
      return new Scanner(this);
    }
  }
}
