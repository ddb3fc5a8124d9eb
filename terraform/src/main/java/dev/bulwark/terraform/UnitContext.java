package dev.bulwark.terraform;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.LocalFiles;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.eval.Budget;
import dev.bulwark.terraform.eval.Evaluator;
import dev.bulwark.terraform.eval.TypeConstraint;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the analysis of one root module shares across its module instances: the evaluator and its budget, the
 * dependency tracker, the loader, the report, the edges of each node, and the objects that stand for resource
 * instances. Not thread-safe: one per root.
 */
final class UnitContext {
  /** Instances of one resource or module, past which {@code count} and {@code for_each} are not expanded. */
  static final int MAX_INSTANCES = 1_000;
  /** How much of an unknown expression's source text is read: the evaluator keeps the first 200 characters. */
  private static final int UNKNOWN_TEXT = 256;
  /** Module calls nested deeper than this are not loaded. */
  static final int MAX_MODULE_DEPTH = 20;

  private final String unit;
  private final ScanSettings settings;
  private final UnitReport report;
  private final ModuleLoader loader;
  private final LocalFiles files;
  private final boolean planBeside;
  private final Budget budget = Budget.standard();
  private final Evaluator evaluator;
  private final Tracker tracker = new Tracker();
  private final Map<ResourceId, Edges> edges = new HashMap<>();
  private final Map<Value, ResourceId> objects = new IdentityHashMap<>();
  private final Map<Body.Block, TypeConstraint> types = new IdentityHashMap<>();

  /**
   * @param unit   the root module's folder, the unit of the ids of its nodes
   * @param loader reads modules; shared by the roots analysed together, so that each module is read once
   * @param files  reads the files functions read; shared likewise
   * @param planBeside whether a plan beside the root holds what its registry and git module calls make
   */
  UnitContext(String unit, ScanSettings settings, UnitReport report, ModuleLoader loader, LocalFiles files,
      boolean planBeside) {
    this.unit = unit;
    this.settings = settings;
    this.report = report;
    this.loader = loader;
    this.files = files;
    this.planBeside = planBeside;
    this.evaluator = new Evaluator(budget, range -> report.text(range, UNKNOWN_TEXT), settings);
  }

  /** Whether a plan beside the root holds what its registry and git module calls make. */
  boolean planBeside() {
    return planBeside;
  }

  ScanSettings settings() {
    return settings;
  }

  UnitReport report() {
    return report;
  }

  ModuleLoader loader() {
    return loader;
  }

  LocalFiles files() {
    return files;
  }

  Budget budget() {
    return budget;
  }

  Evaluator evaluator() {
    return evaluator;
  }

  Tracker tracker() {
    return tracker;
  }

  /** The id of the node at {@code address} in this unit. */
  ResourceId id(String address) {
    return new ResourceId(unit, address);
  }

  /** The references node {@code id} makes. */
  Edges edges(ResourceId id) {
    return edges.computeIfAbsent(id, Edges::new);
  }

  /** The value of {@code expression}, never an exception. */
  Value evaluate(Expression expression, InstanceScope scope) {
    return evaluator.evaluate(expression, scope);
  }

  /** Notes that {@code object} is the object of the instance {@code id}, as a value. */
  Value object(Value object, ResourceId id) {
    objects.put(object, id);
    return object;
  }

  /** The instance whose object {@code value} is, if it is one. */
  Optional<ResourceId> instanceOf(Value value) {
    return Optional.ofNullable(objects.get(value));
  }

  /** The type constraint of the variable {@code block}, read once per root with {@code parse}. */
  TypeConstraint type(Body.Block block, Function<Body.Block, TypeConstraint> parse) {
    return types.computeIfAbsent(block, parse);
  }

  /** An unknown value for a cycle at {@code range}, reported once. */
  Value cycle(Range range, String what) {
    report.warn(range, "evaluation-cycle", what + " depends on itself, so its value is unknown");
    return evaluator.unknown(range);
  }
}
