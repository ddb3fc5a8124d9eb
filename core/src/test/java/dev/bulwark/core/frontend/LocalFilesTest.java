package dev.bulwark.core.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
  @TempDir
  Path root;

  @Test
  void readsOnlyFilesInsideTheBaseEvenThroughLinks() throws IOException {
    Path base = Files.createDirectories(root.resolve("scan"));
    Path outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret"), "0.0.0.0/0");
    Files.writeString(Files.createDirectories(base.resolve("files")).resolve("policy.json"), "{}");
    Files.createSymbolicLink(base.resolve("files/link"), outside.resolve("secret"));
    Files.createSymbolicLink(base.resolve("files/folder"), outside);
    LocalFiles files = new LocalFiles(base, ScanSettings.DEFAULTS);

    assertThat(files.read(base, "files/policy.json")).contains("{}");
    assertThat(files.read(base.resolve("files"), "policy.json")).contains("{}");
    assertThat(files.read(base, "files/link")).isEmpty();
    assertThat(files.read(base, "files/folder/secret")).isEmpty();
    assertThat(files.read(base, "../outside/secret")).isEmpty();
    assertThat(files.read(base, outside.resolve("secret").toString())).isEmpty();
    assertThat(files.read(base, "files/missing.json")).isEmpty();
  }
}
