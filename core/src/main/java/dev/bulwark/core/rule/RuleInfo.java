package dev.bulwark.core.rule;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's identity and documentation, declared on the rule class. The long description is a Markdown file beside
 * the class, named for the rule's id (e.g. {@code BW101.md}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable id: {@code BW} and three digits; 1xx public databases, 2xx network, 3xx encryption, 4xx logging. */
  String id();

  /** Kebab-case name, e.g. {@code rds-publicly-accessible}. */
  String name();

  /** One-line summary without a trailing period. */
  String title();

  /** Default severity. */
  Severity severity();

  /** The category. */
  Category category();

  /** Cloud providers covered, e.g. {@code aws}. */
  String[] providers();

  /** How to fix a finding, per format. */
  Remediation[] remediation();

  /** Documentation links: provider docs, CIS benchmarks. */
  String[] references() default {};

  /** Equivalent Checkov check ids. */
  String[] checkov() default {};

  /** Equivalent KICS query ids. */
  String[] kics() default {};

  /** Equivalent Trivy (formerly tfsec) check ids. */
  String[] trivy() default {};

  /** Equivalent cfn-nag rule ids (CloudFormation), e.g. {@code W35}. */
  String[] cfnNag() default {};

  /** Whether the rule runs unless deselected; an opt-in rule (false) runs only when enabled by id. */
  boolean enabledByDefault() default true;

  /** How to fix a finding in one format. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({})
  @interface Remediation {
    /** The format, e.g. {@code terraform}. */
    String format();

    /** What to set, e.g. {@code publicly_accessible = false}. */
    String text();
  }
}
