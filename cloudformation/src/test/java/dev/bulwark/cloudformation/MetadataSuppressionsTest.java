package dev.bulwark.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.DeclaredSuppression;
import dev.bulwark.core.frontend.UnitResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataSuppressionsTest {
  @TempDir
  Path folder;

  @Test
  void readsBulwarkIdsWithAndWithoutReasonsCheckovSkipsAndCfnNagSuppressions() throws IOException {
    UnitResult result = Templates.analyze(folder, "t.yaml", """
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Metadata:
              bulwark:
                ignore:
                  - BW410
                  - id: BW101
                    reason: reporting replica
              checkov:
                skip:
                  - id: CKV_AWS_17
                    comment: reporting replica
                  - not a skip
              cfn_nag:
                rules_to_suppress:
                  - id: F22
                    reason: behind a private link
                  - id: W35
                  - reason: no id
            Properties:
              Engine: postgres
        """);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.suppressions()).extracting(DeclaredSuppression::scheme, DeclaredSuppression::rule,
        DeclaredSuppression::reason, suppression -> suppression.range().startLine(),
        suppression -> suppression.resource().address()).containsExactly(
        tuple(DeclaredSuppression.Scheme.BULWARK, "BW410", "", 7, "Db"),
        tuple(DeclaredSuppression.Scheme.BULWARK, "BW101", "reporting replica", 8, "Db"),
        tuple(DeclaredSuppression.Scheme.CHECKOV, "CKV_AWS_17", "reporting replica", 12, "Db"),
        tuple(DeclaredSuppression.Scheme.CFN_NAG, "F22", "behind a private link", 17, "Db"),
        tuple(DeclaredSuppression.Scheme.CFN_NAG, "W35", "", 19, "Db"));
  }

  @Test
  void aMalformedBulwarkEntryIsAWarningAndTheRestIsRead() throws IOException {
    UnitResult result = Templates.analyze(folder, "t.yaml", """
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Metadata:
              bulwark:
                ignore:
                  - reason: no id
                  - BW101
            Properties:
              Engine: postgres
          Other:
            Type: AWS::RDS::DBInstance
            Metadata:
              bulwark: BW101
        """);

    assertThat(result.suppressions()).extracting(DeclaredSuppression::rule).containsExactly("BW101");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, diagnostic -> diagnostic.range().orElseThrow())
        .containsExactly(tuple("malformed-suppression", Range.ofLine("t.yaml", 7, 13, 26)),
            tuple("malformed-suppression", Range.ofLine("t.yaml", 14, 7, 14)));
  }
}
