package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UriReferencesTest {
  @Test
  void keepsPlainPathsAsTheyAre() {
    assertThat(UriReferences.relative("modules/db-1/main_v2.tf")).isEqualTo("modules/db-1/main_v2.tf");
  }

  @Test
  void percentEncodesSpacesDelimitersAndNonAscii() {
    assertThat(UriReferences.relative("my dir/a:b#c?d%e.tf")).isEqualTo("my%20dir/a%3Ab%23c%3Fd%25e.tf");
    assertThat(UriReferences.relative("été/[x].tf")).isEqualTo("%C3%A9t%C3%A9/%5Bx%5D.tf");
  }

  @Test
  void encodedPathsResolveBackToThePath() {
    String path = "my dir/a:b#c?d%e/été.tf";
    URI base = URI.create("file:///scan/");

    assertThat(base.resolve(UriReferences.relative(path)).getPath()).isEqualTo("/scan/" + path);
  }

  @Test
  void givesDirectoriesATrailingSlash(@TempDir Path temp) throws IOException {
    Path existing = Files.createDirectory(temp.resolve("with space"));

    assertThat(UriReferences.directory(existing)).startsWith("file:/").endsWith("/with%20space/")
        .doesNotEndWith("//");
    assertThat(UriReferences.directory(existing.resolve("missing"))).endsWith("/with%20space/missing/");
  }
}
