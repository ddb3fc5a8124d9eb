package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;
import java.util.List;
import java.util.Optional;

/** A part of a template: literal text, an interpolation, or an {@code %{if}} / {@code %{for}} directive. */
public sealed interface TemplatePart extends Node {

  /** Literal text, decoded (see {@link Expression.Template}). Its range is the source text it came from. */
  record Literal(String value, Range range) implements TemplatePart {}

  /** <code>${expression}</code>, with its strip markers; the range covers <code>${</code> to <code>}</code>. */
  record Interpolation(Expression expression, boolean stripLeft, boolean stripRight, Range range)
      implements TemplatePart {}

  /** <code>%{if cond}...%{else}...%{endif}</code>; the range covers the whole directive. */
  record If(Expression condition, List<TemplatePart> whenTrue, List<TemplatePart> whenFalse, Range range)
      implements TemplatePart {
    public If {
      whenTrue = List.copyOf(whenTrue);
      whenFalse = List.copyOf(whenFalse);
    }
  }

  /** <code>%{for k, v in collection}...%{endfor}</code>; the range covers the whole directive. */
  record For(
      Optional<Body.Identifier> keyVariable,
      Body.Identifier valueVariable,
      Expression collection,
      List<TemplatePart> body,
      Range range) implements TemplatePart {
    public For {
      body = List.copyOf(body);
    }
  }
}
