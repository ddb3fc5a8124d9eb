package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.testkit.FixtureVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture verifier is strict both ways, and about columns, with the real Terraform front end. */
class FixtureVerifierStrictnessTest {
  @TempDir
  Path folder;

  private final FixtureVerifier verifier = FixtureVerifier.of(new PublicDatabaseInstanceRule());

  private Path fixture(String text) throws IOException {
    return Files.writeString(folder.resolve("db.tf"), text);
  }

  @Test
  void passesWhenFindingsEqualMarkers() throws IOException {
    Path file = fixture("""
        resource "aws_db_instance" "a" {
          publicly_accessible = true # expect: BW101
        # ^^^^^^^^^^^^^^^^^^^^^^^^^^
        }
        """);
    assertThatCode(() -> verifier.verify(file)).doesNotThrowAnyException();
  }

  @Test
  void failsOnAFindingWithoutMarker() throws IOException {
    Path file = fixture("""
        resource "aws_db_instance" "a" {
          publicly_accessible = true
        }
        """);
    assertThatThrownBy(() -> verifier.verify(file)).hasMessageContaining("findings without an expect marker")
        .hasMessageContaining("db.tf:2:3-2:29 BW101");
  }

  @Test
  void failsOnAMarkerWithoutFinding() throws IOException {
    Path file = fixture("""
        resource "aws_db_instance" "a" {
          publicly_accessible = false # expect: BW101
        }
        """);
    assertThatThrownBy(() -> verifier.verify(file)).hasMessageContaining("expected findings that were not reported")
        .hasMessageContaining("db.tf:2 BW101");
  }

  @Test
  void failsOnWrongColumns() throws IOException {
    Path file = fixture("""
        resource "aws_db_instance" "a" {
          publicly_accessible = true # expect: BW101
        #                       ^^^^
        }
        """);
    assertThatThrownBy(() -> verifier.verify(file)).hasMessageContaining("start column");
  }

  @Test
  void failsWhenTheFixtureDoesNotParse() throws IOException {
    Path file = fixture("resource \"aws_db_instance\" \"a\" {\n");
    assertThatThrownBy(() -> verifier.verify(file)).hasMessageContaining("errors while scanning");
  }
}
