package dev.bulwark.ansible;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One run of a task: the scope with its loop variable bound, and the suffix that tells the run's resource apart
 * ({@code [item=name]} or {@code [2]}). A {@code loop}, {@code with_items} or {@code with_list} over a list known
 * before deployment runs once per item; any other loop runs once with an unknown item.
 */
record Iteration(Scope scope, String suffix) {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.:/@-]{1,64}");
  private static final Set<String> LIST_LOOPS = Set.of("loop", "with_items", "with_list");

  /**
   * Whether the task's condition may hold for this run, evaluated in {@code scope} (this run's, with the facts set so
   * far). A single run (no loop, or a loop over items not known before deployment) was decided with the task itself,
   * so it is not evaluated again.
   */
  boolean mayRun(DocNode.Mapping task, Scope scope) {
    return suffix.isEmpty() || !NeverRun.test(task, scope);
  }

  static List<Iteration> of(DocNode.Mapping task, Scope scope) {
    Optional<DocNode.Entry> loop = task.entries().stream()
        .filter(entry -> entry.key() instanceof DocNode.Scalar key
            && (key.text().equals("loop") || key.text().startsWith("with_")))
        .findFirst();
    if (loop.isEmpty()) {
      return List.of(new Iteration(scope, ""));
    }
    String keyword = ((DocNode.Scalar) loop.get().key()).text();
    Optional<DocNode.Mapping> control = task.get("loop_control").filter(DocNode.Mapping.class::isInstance)
        .map(DocNode.Mapping.class::cast);
    String variable = control.flatMap(c -> text(c, "loop_var")).orElse("item");
    Optional<String> index = control.flatMap(c -> text(c, "index_var"));
    Optional<List<Value>> items = LIST_LOOPS.contains(keyword)
        ? items(new Resolver(scope).value(loop.get().value()), keyword.equals("with_items"))
        : Optional.empty();
    if (items.isEmpty()) {
      Value unknown = new UnknownValue(keyword, loop.get().value().range());
      return List.of(new Iteration(scope.with(Layer.of(Precedence.LOOP,
          Map.of(variable, Binding.evaluated(unknown, Optional.empty())))), ""));
    }
    List<String> labels = labels(items.get(), variable);
    List<Iteration> iterations = new ArrayList<>();
    for (int i = 0; i < items.get().size(); i++) {
      Value item = items.get().get(i);
      Map<String, Binding> bound = new HashMap<>();
      bound.put(variable, Binding.evaluated(item, Optional.of(item.range())));
      NumberValue position = new NumberValue(BigDecimal.valueOf(i), item.range());
      index.ifPresent(name -> bound.put(name, Binding.evaluated(position, Optional.empty())));
      iterations.add(new Iteration(scope.with(Layer.of(Precedence.LOOP, bound)), labels.get(i)));
    }
    return iterations;
  }

  private static Optional<String> text(DocNode.Mapping mapping, String key) {
    return mapping.get(key).filter(DocNode.Scalar.class::isInstance).map(node -> ((DocNode.Scalar) node).text());
  }

  /** The items of a known list ({@code with_items} flattens one level; a single string is a list of one). */
  private static Optional<List<Value>> items(Value value, boolean flatten) {
    if (value instanceof StringValue string && flatten) {
      return Optional.of(List.of(string));
    }
    if (!(value instanceof ListValue list)) {
      return Optional.empty();
    }
    if (!flatten) {
      return Optional.of(list.items());
    }
    List<Value> flat = new ArrayList<>();
    for (Value item : list.items()) {
      flat.addAll(item.asList().orElse(List.of(item)));
    }
    return Optional.of(flat);
  }

  /** {@code [variable=text]} for items whose text is short, plain and unique; else {@code [index]}. */
  private static List<String> labels(List<Value> items, String variable) {
    List<Optional<String>> texts = items.stream().map(Value::asString)
        .map(text -> text.filter(t -> LABEL.matcher(t).matches())).toList();
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    texts.forEach(text -> text.filter(t -> !seen.add(t)).ifPresent(repeated::add));
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Optional<String> text = texts.get(i).filter(t -> !repeated.contains(t));
      labels.add(text.isPresent() ? "[" + variable + "=" + text.get() + "]" : "[" + i + "]");
    }
    return labels;
  }
}
