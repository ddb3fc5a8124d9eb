package dev.bulwark.core;

import java.util.Objects;

/** Why a finding is not counted: a directive in the scanned code, or an entry of a baseline file. */
public sealed interface Suppression {

  /** Why the finding is accepted, as written by whoever suppressed it ({@code ""} when they gave no reason). */
  String justification();

  /**
   * A comment in the scanned code, e.g. {@code # bulwark:ignore BW201 bastion host, reviewed}, or a peer scanner's
   * equivalent ({@code checkov:skip=CKV_AWS_24}, {@code trivy:ignore:AVD-AWS-0107}) naming a check the rule maps to.
   *
   * @param range         where the directive is written
   * @param directive     the directive as written, without its reason, e.g. {@code bulwark:ignore BW201}
   * @param justification the reason written after the rule names
   */
  record InSource(Range range, String directive, String justification) implements Suppression {
    public InSource {
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(directive, "directive");
      Objects.requireNonNull(justification, "justification");
    }
  }

  /**
   * An entry of a baseline file: the finding was already there when the baseline was written.
   *
   * @param file the baseline file's name as given
   */
  record Baseline(String file) implements Suppression {
    public Baseline {
      Objects.requireNonNull(file, "file");
    }

    @Override
    public String justification() {
      return "accepted in the baseline " + file;
    }
  }
}
