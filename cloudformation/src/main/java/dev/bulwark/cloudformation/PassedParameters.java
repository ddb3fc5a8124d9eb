package dev.bulwark.cloudformation;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameter values the templates that call a template as nested stack pass it, in the {@code Parameters} of each
 * {@code AWS::CloudFormation::Stack} or {@code AWS::Serverless::Application} that names it. Each caller is evaluated
 * on its own (with its own parameters' values; its problems are its own unit's to report). A value is known when
 * every call passes the same known value, located where the first call writes it; a parameter some call passes an
 * unknown or different value, or leaves out while another passes it, is unknown. Parameters no call passes keep
 * their own value.
 */
final class PassedParameters {
  private PassedParameters() {}

  /**
   * The values passed to the template at {@code path} by {@code callers}, by parameter name; an empty value is a
   * parameter whose value is unknown.
   */
  static Map<String, Optional<Parameter.Given>> of(String path, List<SourceFile> callers,
      Map<String, Optional<Parameter.Given>> parameterFiles, ScanSettings settings) {
    List<Map<String, Optional<Parameter.Given>>> calls = new ArrayList<>();
    for (SourceFile caller : callers) {
      calls.addAll(calls(path, caller, parameterFiles, settings));
    }
    Map<String, Optional<Parameter.Given>> merged = new LinkedHashMap<>();
    calls.forEach(call -> call.keySet().forEach(name -> merged.put(name, agreed(name, calls))));
    return merged;
  }

  private static Optional<Parameter.Given> agreed(String name, List<Map<String, Optional<Parameter.Given>>> calls) {
    Optional<Parameter.Given> first = calls.get(0).getOrDefault(name, Optional.empty());
    boolean same = first.isPresent() && calls.stream().allMatch(call -> call.getOrDefault(name, Optional.empty())
        .map(Parameter.Given::text).equals(Optional.of(first.get().text())));
    return same ? first : Optional.empty();
  }

  private static List<Map<String, Optional<Parameter.Given>>> calls(String path, SourceFile caller,
      Map<String, Optional<Parameter.Given>> parameterFiles, ScanSettings settings) {
    SourceText source;
    try {
      source = caller.read();
    } catch (IOException e) {
      return List.of();
    }
    if (!(TemplateReader.read(source, settings) instanceof TemplateReader.Template template)) {
      return List.of();
    }
    List<Diagnostic> callersOwn = new ArrayList<>();
    Evaluator evaluator = new Evaluator(new TemplateSections(template.root(), parameterFiles, callersOwn), source,
        callersOwn);
    List<Map<String, Optional<Parameter.Given>>> calls = new ArrayList<>();
    for (NestedStacks.Call call : NestedStacks.calls(template.root(), caller.relativePath())) {
      if (call.template().equals(path)) {
        String by = "value passed by `" + call.logicalId() + "` in " + caller.relativePath();
        Map<String, Optional<Parameter.Given>> values = new LinkedHashMap<>();
        call.properties().get("Parameters")
            .map(node -> evaluator.evaluate(node, "Parameters", References.NONE))
            .flatMap(Value::asMap)
            .map(MapValue::entries)
            .ifPresent(entries -> entries.values().forEach(entry -> values.put(entry.key(), given(entry, by))));
        calls.add(values);
      }
    }
    return calls;
  }

  /** A passed value as a parameter value: text, or a list joined with commas; empty when unknown. */
  private static Optional<Parameter.Given> given(MapEntry entry, String by) {
    Value value = entry.value();
    Optional<String> text = value.asString().or(() -> value.asList()
        .filter(items -> items.stream().allMatch(item -> item.asString().isPresent()))
        .map(items -> String.join(",", items.stream().map(item -> item.asString().orElseThrow()).toList())));
    return text.map(known -> new Parameter.Given(known, value.range(), by));
  }
}
