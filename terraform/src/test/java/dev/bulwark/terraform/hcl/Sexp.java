package dev.bulwark.terraform.hcl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an expression as a compact S-expression for assertions: {@code (+ a (* b c))}, {@code (. var name)},
 * {@code ([] list 0)}, {@code ([*] src each)}, {@code (call f a b ...)}, <code>"a${x}b"</code>.
 */
final class Sexp {
  private Sexp() {}

  static String of(Expression e) {
    if (e instanceof Expression.NumberLiteral n) {
      return n.value().toString();
    } else if (e instanceof Expression.BoolLiteral b) {
      return String.valueOf(b.value());
    } else if (e instanceof Expression.NullLiteral) {
      return "null";
    } else if (e instanceof Expression.Template t) {
      return (t.heredoc() ? "<<\"" : "\"") + parts(t.parts()) + "\"";
    } else if (e instanceof Expression.Tuple t) {
      return "[" + all(t.items()) + "]";
    } else if (e instanceof Expression.ObjectCons o) {
      return o.items().stream().map(i -> of(i.key()) + "=" + of(i.value())).collect(Collectors.joining(" ", "{", "}"));
    } else if (e instanceof Expression.Variable v) {
      return v.name();
    } else if (e instanceof Expression.GetAttr g) {
      return "(. " + of(g.target()) + " " + g.name().name() + ")";
    } else if (e instanceof Expression.Index i) {
      return "(" + (i.legacy() ? ".N " : "[] ") + of(i.target()) + " " + of(i.key()) + ")";
    } else if (e instanceof Expression.Splat s) {
      return "(" + (s.attributeOnly() ? ".*" : "[*]") + " " + of(s.source()) + " " + of(s.each()) + ")";
    } else if (e instanceof Expression.SplatItem) {
      return "*";
    } else if (e instanceof Expression.FunctionCall f) {
      return "(call " + f.name().name() + (f.args().isEmpty() ? "" : " " + all(f.args()))
          + (f.expandFinal() ? " ..." : "") + ")";
    } else if (e instanceof Expression.Conditional c) {
      return "(? " + of(c.condition()) + " " + of(c.whenTrue()) + " " + of(c.whenFalse()) + ")";
    } else if (e instanceof Expression.Unary u) {
      return "(" + u.operator().symbol() + " " + of(u.operand()) + ")";
    } else if (e instanceof Expression.Binary b) {
      return "(" + b.operator().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
    } else if (e instanceof Expression.For f) {
      return "(for " + f.keyVariable().map(k -> k.name() + ",").orElse("") + f.valueVariable().name() + " "
          + of(f.collection()) + f.key().map(k -> " " + of(k) + " =>").orElse("") + " " + of(f.value())
          + (f.grouping() ? " ..." : "") + f.condition().map(c -> " if " + of(c)).orElse("") + ")";
    }
    return "(paren " + of(((Expression.Parens) e).inner()) + ")";
  }

  private static String all(List<Expression> expressions) {
    return expressions.stream().map(Sexp::of).collect(Collectors.joining(" "));
  }

  static String parts(List<TemplatePart> parts) {
    return parts.stream().map(Sexp::part).collect(Collectors.joining());
  }

  private static String part(TemplatePart part) {
    if (part instanceof TemplatePart.Literal l) {
      return l.value();
    } else if (part instanceof TemplatePart.Interpolation i) {
      return (i.stripLeft() ? "${~" : "${") + of(i.expression()) + (i.stripRight() ? "~}" : "}");
    } else if (part instanceof TemplatePart.If i) {
      return "%{if " + of(i.condition()) + "}" + parts(i.whenTrue())
          + (i.whenFalse().isEmpty() ? "" : "%{else}" + parts(i.whenFalse())) + "%{endif}";
    }
    TemplatePart.For f = (TemplatePart.For) part;
    return "%{for " + f.keyVariable().map(k -> k.name() + ",").orElse("") + f.valueVariable().name() + " in "
        + of(f.collection()) + "}" + parts(f.body()) + "%{endfor}";
  }
}
