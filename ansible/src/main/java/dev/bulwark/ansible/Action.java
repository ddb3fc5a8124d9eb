package dev.bulwark.ansible;

import dev.bulwark.ansible.jinja.Jinja;
import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.frontend.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The action a task calls: the module as written, where it is written (the resource's header), and its
 * arguments in increasing priority (the {@code args:} keyword, then the module's own arguments). An argument
 * source is a mapping, or a scalar template that should evaluate to one.
 *
 * @param module    the module's name as written
 * @param header    the module key (or the {@code action:} value)
 * @param arguments argument sources, lowest priority first
 * @param raw       free-form words that are not {@code key=value}, e.g. the file an {@code include_tasks} names
 */
record Action(String module, Range header, List<DocNode> arguments, Optional<DocNode.Scalar> raw) {
  private static final List<String> ACTION_KEYWORDS = List.of("action", "local_action");

  Action {
    arguments = List.copyOf(arguments);
  }

  /** The action of {@code task}, if it calls exactly one. */
  static Optional<Action> of(DocNode.Mapping task, SourceText source) {
    List<DocNode.Entry> actions = new ArrayList<>();
    Optional<DocNode.Entry> keyword = Optional.empty();
    for (DocNode.Entry entry : task.entries()) {
      if (!(entry.key() instanceof DocNode.Scalar key)) {
        continue;
      }
      if (ACTION_KEYWORDS.contains(key.text())) {
        keyword = Optional.of(entry);
      } else if (!Keywords.isTaskKeyword(key.text())) {
        actions.add(entry);
      }
    }
    List<DocNode> arguments = new ArrayList<>();
    task.get("args").filter(Action::isArgumentSource).ifPresent(arguments::add);
    if (keyword.isPresent() && actions.isEmpty()) {
      return keywordForm(keyword.get().value(), arguments, source);
    }
    if (keyword.isPresent() || actions.size() != 1) {
      return Optional.empty();
    }
    DocNode.Entry action = actions.get(0);
    DocNode.Scalar key = (DocNode.Scalar) action.key();
    Optional<DocNode.Scalar> raw = arguments(action.value(), arguments, source);
    return Optional.of(new Action(key.text(), key.range(), arguments, raw));
  }

  /** {@code action: module k=v} or {@code action: {module: name, k: v}}. */
  private static Optional<Action> keywordForm(DocNode value, List<DocNode> arguments, SourceText source) {
    if (value instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.Kind.STRING) {
      FreeForm form = FreeForm.parse(scalar, source);
      if (form.raw().isEmpty()) {
        return withModuleArgument(form.arguments(), arguments);
      }
      String[] words = form.raw().get().text().split("\\s+", 2);
      arguments.add(form.arguments());
      Optional<DocNode.Scalar> rest = words.length > 1
          ? Optional.of(new DocNode.Scalar(words[1], DocNode.Kind.STRING, Optional.empty(), form.raw().get().range()))
          : Optional.empty();
      return Optional.of(new Action(words[0], scalar.range(), arguments, rest));
    }
    return value instanceof DocNode.Mapping mapping ? withModuleArgument(mapping, arguments) : Optional.empty();
  }

  /** Arguments that name their module in a {@code module} argument: {@code {module: name, k: v}}. */
  private static Optional<Action> withModuleArgument(DocNode.Mapping mapping, List<DocNode> arguments) {
    Optional<DocNode.Entry> module = mapping.entry("module").filter(entry -> entry.value() instanceof DocNode.Scalar);
    if (module.isEmpty()) {
      return Optional.empty();
    }
    List<DocNode.Entry> rest = mapping.entries().stream().filter(entry -> entry != module.get()).toList();
    arguments.add(new DocNode.Mapping(rest, Optional.empty(), mapping.range()));
    return Optional.of(new Action(((DocNode.Scalar) module.get().value()).text(), module.get().key().range(),
        arguments, Optional.empty()));
  }

  /** Adds the module's own arguments to {@code arguments}; returns its free-form words. */
  private static Optional<DocNode.Scalar> arguments(DocNode value, List<DocNode> arguments, SourceText source) {
    if (value instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.Kind.STRING
        && scalar.tag().filter("!unsafe"::equals).isEmpty()) {
      FreeForm form = FreeForm.parse(scalar, source);
      if (form.arguments().entries().isEmpty() && Jinja.isTemplate(scalar.text()) && isSingleWord(scalar.text())) {
        arguments.add(scalar);
        return Optional.of(scalar);
      }
      arguments.add(form.arguments());
      return form.raw();
    }
    if (isArgumentSource(value)) {
      arguments.add(value);
    }
    return Optional.empty();
  }

  private static boolean isSingleWord(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("{{") && trimmed.endsWith("}}") && trimmed.indexOf("{{", 2) < 0;
  }

  private static boolean isArgumentSource(DocNode value) {
    return value instanceof DocNode.Mapping
        || value instanceof DocNode.Scalar scalar && scalar.kind() == DocNode.Kind.STRING
            && Jinja.isTemplate(scalar.text());
  }
}
