package dev.bulwark.terraform.eval;

/**
 * Bounds the work of evaluating one unit: a number of steps (expressions evaluated, elements produced) and a
 * nesting depth. Past either limit, evaluation yields unknown values and {@link #exceeded()} says so. Not
 * thread-safe: one budget per unit.
 */
public final class Budget {
  /** Steps allowed per unit by default: far above what real configurations need, and bounded in time. */
  public static final long DEFAULT_STEPS = 20_000_000;
  /** Nested evaluations allowed (expressions inside expressions, references followed inside references). */
  public static final int DEFAULT_DEPTH = 400;

  private final long steps;
  private final int maxDepth;
  private long used;
  private int depth;
  private boolean exceeded;

  public Budget(long steps, int maxDepth) {
    if (steps <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.steps = steps;
    this.maxDepth = maxDepth;
  }

  /** A budget with the default limits. */
  public static Budget standard() {
    return new Budget(DEFAULT_STEPS, DEFAULT_DEPTH);
  }

  /** Spends {@code count} steps; throws once the budget is spent. */
  void spend(long count) {
    used += count;
    if (used > steps) {
      exceeded = true;
      throw new EvaluationError("the evaluation budget of " + steps + " steps is spent");
    }
  }

  /** Enters a nested evaluation; throws when it is too deep. Pair with {@link #leave()}. */
  void enter() {
    if (depth >= maxDepth) {
      exceeded = true;
      throw new EvaluationError("evaluation nested deeper than " + maxDepth);
    }
    depth++;
  }

  /** Leaves a nested evaluation. */
  void leave() {
    depth--;
  }

  /** Records that the stack ran out, which counts as exceeding the budget. */
  void overflowed() {
    exceeded = true;
  }

  /** Whether a limit was reached: some values became unknown for that reason. */
  public boolean exceeded() {
    return exceeded;
  }
}
