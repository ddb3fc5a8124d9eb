package dev.bulwark.terraform.eval;

import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Body;
import dev.bulwark.terraform.hcl.Expression;
import dev.bulwark.terraform.hcl.HclParser;
import dev.bulwark.terraform.hcl.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Functions that read files of the scanned tree ({@code file}, {@code fileexists}, {@code filebase64},
 * {@code templatefile}) and path helpers ({@code basename}, {@code dirname}, {@code pathexpand}). A file the scope cannot read (outside the scan, missing, too large)
 * makes the value unknown rather than an error: Terraform may well find it.
 */
final class FileFunctions {
  private static final int TEMPLATE_DEPTH = 100;

  private FileFunctions() {}

  static void register(Map<String, Functions.Builtin> into) {
    into.put("file", call -> call.text(read(call)));
    into.put("filebase64", call -> call.text(Base64.getEncoder().encodeToString(
        read(call).getBytes(StandardCharsets.UTF_8))));
    into.put("fileexists", call -> {
      if (read(call) == null) {
        throw new UnknownArgument();
      }
      return call.bool(true);
    });
    into.put("templatefile", FileFunctions::templatefile);
    into.put("basename", call -> call.text(basename(call.arity(1).string(0))));
    into.put("dirname", call -> call.text(dirname(call.arity(1).string(0))));
    into.put("pathexpand", FileFunctions::pathexpand);
  }

  /** {@code pathexpand}: a path that does not start with {@code ~} as it is; the home directory is not known. */
  private static Value pathexpand(Call call) {
    String path = call.arity(1).string(0);
    return path.startsWith("~") ? call.unknown() : call.text(path);
  }

  private static String read(Call call) {
    return call.scope().file(call.arity(1).string(0)).orElseThrow(UnknownArgument::new);
  }

  private static Value templatefile(Call call) {
    String content = call.arity(2).scope().file(call.string(0)).orElseThrow(UnknownArgument::new);
    MapValue variables = call.map(1);
    Expression template = parse(content, call.range());
    Value result = call.evaluator().evaluateStrictly(template, new TemplateScope(variables, call.scope()));
    if (!Values.whollyKnown(result)) {
      throw new UnknownArgument();
    }
    String text = Conversions.text(result);
    return call.text(content.endsWith("\n") || !text.endsWith("\n") ? text : text.substring(0, text.length() - 1));
  }

  /** The template in {@code content}, read as a heredoc's body; a syntax error is an evaluation error. */
  private static Expression parse(String content, Range at) {
    String delimiter = "TEMPLATE";
    while (content.contains(delimiter)) {
      delimiter = delimiter + "_";
    }
    String body = content.endsWith("\n") ? content : content + "\n";
    String text = "t = <<" + delimiter + "\n" + body + delimiter + "\n";
    ParseResult parsed = HclParser.parse(SourceText.of(at.file() + "#template", text), TEMPLATE_DEPTH);
    return parsed.body().flatMap(file -> file.attribute("t")).map(Body.Attribute::value)
        .orElseThrow(() -> new EvaluationError("the template does not parse"));
  }

  static String basename(String path) {
    String trimmed = path.replaceAll("/+$", "");
    if (trimmed.isEmpty()) {
      return path.isEmpty() ? "." : "/";
    }
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  static String dirname(String path) {
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return ".";
    }
    String dir = path.substring(0, slash).replaceAll("/+$", "");
    return dir.isEmpty() ? "/" : dir;
  }

  /** The names a template file sees: the variables passed to {@code templatefile} and nothing else. */
  private record TemplateScope(MapValue variables, Scope outer) implements Scope {
    @Override
    public Operand root(String name, Range range) {
      return Optional.ofNullable(variables.entries().get(name))
          .map(entry -> (Operand) Operand.Plain.of(entry.value()))
          .orElseThrow(() -> new EvaluationError("the template uses an undefined variable \"" + name + "\""));
    }

    @Override
    public boolean isCallSite(Range range) {
      return true;
    }

    @Override
    public Optional<String> file(String path) {
      return outer.file(path);
    }
  }
}
