package dev.bulwark.cloudformation;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Fn::Sub}: <code>${Name}</code> takes a variable of the call, a parameter or a pseudo parameter;
 * <code>${Resource}</code> and <code>${Resource.Attribute}</code> refer to a resource; <code>${!Text}</code> is the
 * literal <code>${Text}</code>. The result is known when every substitution is.
 */
final class Substitution {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private final Evaluator evaluator;
  private final TemplateSections sections;
  private final Call call;
  private final String path;
  private final References references;

  Substitution(Evaluator evaluator, TemplateSections sections, Call call, String path, References references) {
    this.evaluator = evaluator;
    this.sections = sections;
    this.call = call;
    this.path = path;
    this.references = references;
  }

  Value value() {
    DocNode template = call.argument();
    Map<String, Value> variables = new HashMap<>();
    if (call.argument() instanceof DocNode.Sequence sequence && !sequence.items().isEmpty()) {
      template = sequence.items().get(0);
      if (sequence.items().size() > 1 && sequence.items().get(1) instanceof DocNode.Mapping mapping) {
        for (DocNode.Entry entry : mapping.entries()) {
          TemplateSections.name(entry).ifPresent(name ->
              variables.put(name, evaluator.evaluate(entry.value(), path, references)));
        }
      }
    }
    if (!(template instanceof DocNode.Scalar text) || template.tag().isPresent()) {
      evaluator.evaluate(template, path, references);
      return evaluator.unknown(call);
    }
    StringBuilder result = new StringBuilder();
    boolean known = true;
    Matcher matcher = PLACEHOLDER.matcher(text.text());
    while (matcher.find()) {
      String name = matcher.group(1).trim();
      Optional<String> replacement = name.startsWith("!")
          ? Optional.of("${" + name.substring(1) + "}")
          : resolve(name, variables);
      known &= replacement.isPresent();
      matcher.appendReplacement(result, Matcher.quoteReplacement(replacement.orElse("")));
    }
    matcher.appendTail(result);
    return known ? new StringValue(result.toString(), call.node().range()) : evaluator.unknown(call);
  }

  private Optional<String> resolve(String name, Map<String, Value> variables) {
    if (variables.containsKey(name)) {
      return variables.get(name).asString();
    }
    String resource = name.split("\\.", 2)[0];
    if (sections.isResource(resource)) {
      references.refer(resource, path, call.node().range());
      return Optional.empty();
    }
    return sections.parameter(name).flatMap(parameter -> parameter.resolve(call.node().range()))
        .flatMap(Value::asString);
  }
}
