package dev.bulwark.terraform.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Terraform version constraints, read for the newest release they allow. */
class VersionConstraintTest {
  @ParameterizedTest(name = "\"{0}\" allows only releases before 6.0: {1}")
  @CsvSource(delimiter = '|', value = {
      "5.31.0 | true",
      "= 5.31.0 | true",
      "6.0.0 | false",
      "v5.1 | true",
      "6.0.0-beta2 | false",
      "~> 5.0 | true",
      "~> 5 | true",
      "~> 5.99.0 | true",
      "~> 6.0 | false",
      "< 6.0.0 | true",
      "< 6 | true",
      "< 6.0.1 | false",
      "<= 6.0.0 | false",
      "<= 5.99.9 | true",
      ">= 4.0 | false",
      "> 5.0, != 5.3.0 | false",
      ">= 4.0, < 6.0 | true",
      "< 7.0, ~> 5.10 | true",
      "~> 6.0, < 6.1 | false",
      "'  >=  3.0 ,  <6.0.0  ' | true",
  })
  void onlyBeforeMeansTheNewestAllowedReleaseIsOlder(String text, boolean before) {
    assertThat(VersionConstraint.parse(text).orElseThrow().onlyBefore(6)).isEqualTo(before);
  }

  @ParameterizedTest(name = "\"{0}\" is not a constraint")
  @ValueSource(strings = {"", "latest", "~> 5.x", ">= 4.0,", "5.0.0.1", "=> 5.0", "${var.version}"})
  void textThatIsNotAConstraintIsNotRead(String text) {
    assertThat(VersionConstraint.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "~> {0} allows a release before {1}.0 only when {2}")
  @CsvSource({"17.24, 18, true", "17.24.1, 18, true", "18.0, 18, false", "17, 18, true", "17.99.3, 18, true"})
  void pessimisticConstraintsLimitTheirLastButOnePart(String version, int major, boolean before) {
    assertThat(VersionConstraint.parse("~> " + version).orElseThrow().onlyBefore(major)).isEqualTo(before);
  }

  @ParameterizedTest(name = "\"{0}\" allows only releases before 3.9: {1}")
  @CsvSource(delimiter = '|', value = {"~> 3.8.0 | true", "~> 3.8 | false", "< 3.9 | true", "3.8.99 | true",
      "3.9.0 | false", "~> 3.9.0 | false"})
  void onlyBeforeAMinorReleaseComparesMinorAndPatch(String text, boolean before) {
    assertThat(VersionConstraint.parse(text).orElseThrow().onlyBefore(new VersionConstraint.Version(3, 9, 0)))
        .isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}.{1}.{2} is written {3}")
  @CsvSource({"18, 0, 0, 18", "3, 9, 0, 3.9", "3, 9, 1, 3.9.1", "3, 0, 2, 3.0.2"})
  void releasesAreWrittenWithoutTrailingZeroParts(int major, int minor, int patch, String text) {
    assertThat(new VersionConstraint.Version(major, minor, patch)).hasToString(text);
  }
}
