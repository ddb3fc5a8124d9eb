package dev.bulwark.terraform.hcl;

import static dev.bulwark.terraform.hcl.Hcl.sexp;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecedenceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "->", value = {
      "a || b && c         -> (|| a (&& b c))",
      "a && b || c         -> (|| (&& a b) c)",
      "a && b == c         -> (&& a (== b c))",
      "a == b < c          -> (== a (< b c))",
      "a != b >= c         -> (!= a (>= b c))",
      "a < b + c           -> (< a (+ b c))",
      "a <= b - c          -> (<= a (- b c))",
      "a > b * c           -> (> a (* b c))",
      "a + b * c           -> (+ a (* b c))",
      "a - b / c           -> (- a (/ b c))",
      "a + b % c           -> (+ a (% b c))",
      "a * b + c * d       -> (+ (* a b) (* c d))",
      "-a * b              -> (* (- a) b)",
      "-a + b              -> (+ (- a) b)",
      "!a && b             -> (&& (! a) b)",
      "!a == b             -> (== (! a) b)",
      "-a.b[0]             -> (- ([] (. a b) 0))",
      "(a + b) * c         -> (* (paren (+ a b)) c)",
      "a || b ? c : d      -> (? (|| a b) c d)",
      "a ? b : c ? d : e   -> (? a b (? c d e))",
      "a ? b ? c : d : e   -> (? a (? b c d) e)",
      "a ? b + 1 : c || d  -> (? a (+ b 1) (|| c d))",
  })
  void precedence(String expression, String shape) {
    assertThat(sexp(expression)).isEqualTo(shape);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "->", value = {
      "a - b - c           -> (- (- a b) c)",
      "a / b * c           -> (* (/ a b) c)",
      "a % b % c           -> (% (% a b) c)",
      "a - b + c           -> (+ (- a b) c)",
      "a < b < c           -> (< (< a b) c)",
      "a == b != c         -> (!= (== a b) c)",
      "a && b && c         -> (&& (&& a b) c)",
      "a || b || c         -> (|| (|| a b) c)",
  })
  void leftAssociativity(String expression, String shape) {
    assertThat(sexp(expression)).isEqualTo(shape);
  }
}
