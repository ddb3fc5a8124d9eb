package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment's findings are about the stage it creates, and name the setting to add by its path. */
class ApiStageMessagesTest {
  @TempDir
  Path folder;

  @Test
  void aDeploymentsStageIsNamedAsTheStageItCreatesWithTheSettingToAdd() throws IOException {
    Files.writeString(folder.resolve("template.yaml"), """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: orders
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: prod
        """);
    List<String> messages = Scanner.builder().path(folder).enableRules(List.of("BW408", "BW409")).build().scan()
        .findings().stream().map(Finding::message).toList();

    assertThat(messages).containsExactlyInAnyOrder(
        "The stage that deployment `Deployment` creates has no access logging: no "
            + "`StageDescription.AccessLogSetting` is configured.",
        "The stage that deployment `Deployment` creates has execution logging off: "
            + "`StageDescription.LoggingLevel` is not set, and the level is OFF by default.");
  }
}
